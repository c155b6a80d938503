// CupsLetterPrinter against a real cupsd (see private_cupsd.h): what arrives at the
// printer, and what a visitor is told when it does not.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <memory>
#include <mutex>

#include "print/cups_destinations.h"
#include "print/cups_letter_printer.h"
#include "hanging_up_proxy.h"
#include "print_test_letters.h"
#include "private_cupsd.h"

namespace kiosk::print {
namespace {

namespace fs = std::filesystem;
using testing::PrivateCupsd;
using testing::test_letter;
using testing::test_letters;
using Status = LetterOutcome::Status;

class CupsLetterPrinterTest : public ::testing::Test {
protected:
    void SetUp() override {
        cupsd_ = std::make_unique<PrivateCupsd>();
        cupsd_->add_queue("test");
        settings_.server = cupsd_->server();
        settings_.printer_name = "test";
        settings_.poll_interval = std::chrono::milliseconds(20);
    }

    std::vector<LetterOutcome> print(const std::vector<Document>& documents) {
        return CupsLetterPrinter(settings_).print(documents, [&](const Progress& progress) {
            std::lock_guard<std::mutex> lock(progress_mutex_);
            progress_.push_back(progress);
        });
    }

    // Whether the printer has said `key` about letter `index` so far; safe to ask while
    // it prints on another thread.
    bool said(const std::string& key, std::size_t index) {
        std::lock_guard<std::mutex> lock(progress_mutex_);
        return std::any_of(progress_.begin(), progress_.end(), [&](const Progress& progress) {
            return progress.message_key == key && progress.letter_index == index;
        });
    }

    // The letters again, each with the job its attempt in `outcomes` left, as a Retry sends them.
    static std::vector<Document> with_earlier_jobs(std::vector<Document> letters,
                                                   const std::vector<LetterOutcome>& outcomes) {
        for (std::size_t i = 0; i < letters.size() && i < outcomes.size(); ++i) letters[i].earlier_job = outcomes[i].job;
        return letters;
    }

    bool job_reached_printer() {
        return testing::eventually([&] {
            for (const auto& entry : fs::directory_iterator(cupsd_->capture_folder())) {
                if (entry.path().filename().string().rfind(".started-", 0) == 0) return true;
            }
            return false;
        });
    }

    bool queue_reports(const std::string& reason) {
        const auto reasons = test_queue().condition.reasons;
        return std::find(reasons.begin(), reasons.end(), reason) != reasons.end();
    }

    Destination test_queue() {
        const auto destinations = list_destinations(cupsd_->server());
        EXPECT_TRUE(destinations.has_value());
        for (const Destination& destination : destinations.value_or(std::vector<Destination>{})) {
            if (destination.name == "test") return destination;
        }
        ADD_FAILURE() << "queue 'test' not listed";
        return {};
    }

    bool nothing_spooled() {
        return testing::eventually([&] { return cupsd_->spooled_documents().empty(); }, 5.0);
    }

    std::unique_ptr<PrivateCupsd> cupsd_;
    CupsSettings settings_;
    std::mutex progress_mutex_;
    std::vector<Progress> progress_;
};

TEST_F(CupsLetterPrinterTest, LetterArrivesByteIdentical) {
    const Document letter = test_letter(1);

    const auto outcomes = print({letter});

    ASSERT_EQ(outcomes.size(), 1u);
    EXPECT_EQ(outcomes[0].status, Status::Printed) << outcomes[0].detail;
    EXPECT_EQ(outcomes[0].message_key, "print.printed");
    const auto captured = cupsd_->captured_letters();
    ASSERT_EQ(captured.size(), 1u);
    EXPECT_EQ(captured[0], letter.pdf);
    ASSERT_GE(progress_.size(), 2u);
    EXPECT_EQ(progress_.front().message_key, "print.sending");
    EXPECT_EQ(progress_.back().message_key, "print.printing");
}

TEST_F(CupsLetterPrinterTest, TenLettersArriveInOrder) {
    const auto letters = test_letters(10);

    const auto outcomes = print(letters);

    ASSERT_EQ(outcomes.size(), 10u);
    for (const LetterOutcome& outcome : outcomes) EXPECT_EQ(outcome.status, Status::Printed) << outcome.detail;
    const auto captured = cupsd_->captured_letters();
    ASSERT_EQ(captured.size(), 10u);
    for (std::size_t i = 0; i < letters.size(); ++i) EXPECT_EQ(captured[i], letters[i].pdf) << "letter " << i + 1;
    EXPECT_TRUE(std::is_sorted(progress_.begin(), progress_.end(), [](const Progress& a, const Progress& b) {
        return a.letter_index < b.letter_index;
    }));
    EXPECT_EQ(progress_.back().letter_index, 9u);
    EXPECT_EQ(progress_.back().letter_count, 10u);
}

TEST_F(CupsLetterPrinterTest, OutOfPaperStopsTheBatchAndRetrySucceedsAfterStaffClearIt) {
    cupsd_->set_fault("out-of-paper");
    const auto letters = test_letters(3);

    const auto outcomes = print(letters);

    ASSERT_EQ(outcomes.size(), 3u);
    EXPECT_EQ(outcomes[0].status, Status::Failed);
    EXPECT_EQ(outcomes[0].message_key, "print.out-of-paper") << outcomes[0].detail;
    EXPECT_EQ(outcomes[1].message_key, "print.not-sent");
    EXPECT_EQ(outcomes[2].message_key, "print.not-sent");
    const Destination queue = test_queue();
    EXPECT_EQ(queue.condition.state, PrinterCondition::State::Stopped);
    EXPECT_NE(std::find(queue.condition.reasons.begin(), queue.condition.reasons.end(), "media-empty-error"),
              queue.condition.reasons.end());
    EXPECT_EQ(describe(queue.condition).message_key, "print.out-of-paper");
    EXPECT_TRUE(cupsd_->captured_letters().empty());

    // Staff add paper and resume the queue; the visitor taps Retry.
    cupsd_->set_fault("");
    cupsd_->run("cupsenable", "test");
    const auto retried = print(letters);

    for (const LetterOutcome& outcome : retried) EXPECT_EQ(outcome.status, Status::Printed) << outcome.detail;
    const auto captured = cupsd_->captured_letters();
    ASSERT_EQ(captured.size(), 3u) << "each letter printed once: the failed job must not print on resume";
    for (std::size_t i = 0; i < letters.size(); ++i) EXPECT_EQ(captured[i], letters[i].pdf);
}

TEST_F(CupsLetterPrinterTest, PrinterWaitingForPaperIsNamedWithinTwoSecondsAndTheLetterPrintsOnceFed) {
    cupsd_->set_fault("wait-for-paper");
    auto printing = std::async(std::launch::async, [&] { return print({test_letter(1)}); });
    ASSERT_TRUE(testing::eventually([&] { return queue_reports("media-empty-error"); }))
        << "cupsd never reported the printer out of paper";

    EXPECT_TRUE(testing::eventually([&] { return said("print.out-of-paper", 0); }, 2.0))
        << "the visitor is not told the printer is out of paper";

    cupsd_->set_fault("");  // staff add paper: the same job goes on
    const auto outcomes = printing.get();
    EXPECT_EQ(outcomes.at(0).status, Status::Printed) << outcomes.at(0).detail;
    EXPECT_EQ(cupsd_->captured_letters().size(), 1u);
}

TEST_F(CupsLetterPrinterTest, RetryAfterTheSchedulerRestartedDoesNotReprintTheLetterItFinished) {
    const auto letters = test_letters(2);
    cupsd_->set_fault("hang");
    auto printing = std::async(std::launch::async, [&] { return print(letters); });
    ASSERT_TRUE(job_reached_printer());
    cupsd_->stop();
    const auto failed = printing.get();
    ASSERT_EQ(failed.at(0).message_key, "print.scheduler-down") << failed.at(0).detail;
    // Back up, the scheduler runs the job it was stopped in: letter 1 comes out.
    cupsd_->set_fault("");
    cupsd_->restart();
    ASSERT_TRUE(testing::eventually([&] { return cupsd_->captured_letters().size() == 1; }));

    const auto retried = print(with_earlier_jobs(letters, failed));

    ASSERT_EQ(retried.size(), 2u);
    for (const LetterOutcome& outcome : retried) EXPECT_EQ(outcome.status, Status::Printed) << outcome.detail;
    const auto captured = cupsd_->captured_letters();
    ASSERT_EQ(captured.size(), 2u) << "each letter out exactly once";
    EXPECT_EQ(captured[0], letters[0].pdf);
    EXPECT_EQ(captured[1], letters[1].pdf);
}

TEST_F(CupsLetterPrinterTest, RetryFollowsTheEarlierJobStillPrintingInsteadOfSendingAnother) {
    const auto letters = test_letters(2);
    cupsd_->set_fault("hang");
    auto printing = std::async(std::launch::async, [&] { return print(letters); });
    ASSERT_TRUE(job_reached_printer());
    cupsd_->stop();
    const auto failed = printing.get();
    // Back up, the scheduler runs the job again, and the printer waits for paper.
    cupsd_->set_fault("wait-for-paper");
    cupsd_->restart();

    auto retrying = std::async(std::launch::async, [&] { return print(with_earlier_jobs(letters, failed)); });
    ASSERT_TRUE(testing::eventually([&] { return said("print.out-of-paper", 0); }));
    cupsd_->set_fault("");
    const auto retried = retrying.get();

    for (const LetterOutcome& outcome : retried) EXPECT_EQ(outcome.status, Status::Printed) << outcome.detail;
    const auto captured = cupsd_->captured_letters();
    ASSERT_EQ(captured.size(), 2u) << "each letter out exactly once";
    EXPECT_EQ(captured[0], letters[0].pdf);
    EXPECT_EQ(captured[1], letters[1].pdf);
}

TEST_F(CupsLetterPrinterTest, ALetterWhoseEarlierJobCompletedIsReportedPrintedWithoutSendingItAgain) {
    const auto first = print({test_letter(1)});
    ASSERT_EQ(first.at(0).status, Status::Printed);
    ASSERT_TRUE(first.at(0).job.has_value());
    EXPECT_FALSE(first.at(0).job->uuid.empty());

    const auto again = print(with_earlier_jobs({test_letter(1)}, first));

    EXPECT_EQ(again.at(0).status, Status::Printed) << again.at(0).detail;
    EXPECT_EQ(cupsd_->captured_letters().size(), 1u);
}

TEST_F(CupsLetterPrinterTest, AJobIdNowNamingAnotherJobIsNotTakenForTheLetter) {
    auto earlier = print({test_letter(1)});
    ASSERT_TRUE(earlier.at(0).job.has_value());
    // What a scheduler that lost its state does: the same id for another job.
    earlier.at(0).job->uuid = "urn:uuid:00000000-0000-0000-0000-000000000000";

    const auto outcomes = print(with_earlier_jobs({test_letter(2)}, earlier));

    EXPECT_EQ(outcomes.at(0).status, Status::Printed) << outcomes.at(0).detail;
    const auto captured = cupsd_->captured_letters();
    ASSERT_EQ(captured.size(), 2u) << "letter 2 was never printed: it must be sent";
    EXPECT_EQ(captured[1], test_letter(2).pdf);
}

TEST_F(CupsLetterPrinterTest, ALetterWhoseEarlierJobWasCanceledAtTheTimeoutIsSentAgain) {
    cupsd_->set_fault("hang");
    settings_.job_timeout = std::chrono::milliseconds(300);
    const auto timed_out = print({test_letter(1)});
    ASSERT_EQ(timed_out.at(0).message_key, "print.timed-out");
    cupsd_->set_fault("");

    const auto retried = print(with_earlier_jobs({test_letter(1)}, timed_out));

    EXPECT_EQ(retried.at(0).status, Status::Printed) << retried.at(0).detail;
    EXPECT_EQ(cupsd_->captured_letters().size(), 1u);
}

TEST_F(CupsLetterPrinterTest, PaperJamSaysSo) {
    cupsd_->set_fault("jam");

    const auto outcomes = print({test_letter(1)});

    EXPECT_EQ(outcomes.at(0).message_key, "print.paper-jam") << outcomes.at(0).detail;
    EXPECT_EQ(describe(test_queue().condition).message_key, "print.paper-jam");
}

TEST_F(CupsLetterPrinterTest, SchedulerDownSaysSoInsteadOfHanging) {
    cupsd_->stop();

    const auto outcomes = print(test_letters(2));

    ASSERT_EQ(outcomes.size(), 2u);
    EXPECT_EQ(outcomes[0].message_key, "print.scheduler-down") << outcomes[0].detail;
    EXPECT_EQ(outcomes[1].message_key, "print.not-sent");
    const auto listed = list_destinations(cupsd_->server());
    ASSERT_FALSE(listed.has_value());
    EXPECT_EQ(listed.error().message_key, "print.scheduler-down");
}

TEST_F(CupsLetterPrinterTest, PrinterDisabledByStaffSaysStoppedAndSendsNothing) {
    cupsd_->run("cupsdisable", "test");

    const auto outcomes = print({test_letter(1)});

    EXPECT_EQ(outcomes.at(0).message_key, "print.stopped") << outcomes.at(0).detail;
    EXPECT_EQ(cupsd_->run("lpstat", "-o test"), "") << "no job left waiting in the stopped queue";
    EXPECT_TRUE(cupsd_->spooled_documents().empty());
}

TEST_F(CupsLetterPrinterTest, JobCanceledByStaffSaysCanceled) {
    cupsd_->set_fault("hang");
    auto printing = std::async(std::launch::async, [&] { return print({test_letter(1)}); });
    ASSERT_TRUE(job_reached_printer()) << "the job never reached the printer";

    cupsd_->run("cancel", "-a test");

    const auto outcomes = printing.get();
    EXPECT_EQ(outcomes.at(0).message_key, "print.canceled") << outcomes.at(0).detail;
}

TEST_F(CupsLetterPrinterTest, HungPrinterHitsTheTimeoutAndTheJobIsCanceled) {
    cupsd_->set_fault("hang");
    settings_.job_timeout = std::chrono::milliseconds(500);

    const auto outcomes = print(test_letters(2));

    EXPECT_EQ(outcomes.at(0).message_key, "print.timed-out") << outcomes.at(0).detail;
    EXPECT_EQ(outcomes.at(1).message_key, "print.not-sent");
    EXPECT_EQ(cupsd_->run("lpstat", "-o test"), "") << "the stuck job must not print later";
    EXPECT_TRUE(nothing_spooled());
}

TEST_F(CupsLetterPrinterTest, UnknownPrinterSaysNoPrinter) {
    settings_.printer_name = "not-a-printer";

    const auto outcomes = print({test_letter(1)});

    EXPECT_EQ(outcomes.at(0).message_key, "print.no-printer") << outcomes.at(0).detail;
}

TEST_F(CupsLetterPrinterTest, NoLetterLeftOnDiskAfterFaults) {
    // Our code must write no temporary copy of a letter: watch TMPDIR and cupsd's spool.
    const fs::path temporary = fs::temp_directory_path() / ("letter-kiosk-tmp-" + std::to_string(::getpid()));
    fs::create_directories(temporary);
    ::setenv("TMPDIR", temporary.c_str(), 1);

    for (const char* fault : {"out-of-paper", "jam"}) {
        cupsd_->set_fault(fault);
        EXPECT_EQ(print({test_letter(1)}).at(0).status, Status::Failed);
        cupsd_->set_fault("");
        cupsd_->run("cupsenable", "test");
    }
    cupsd_->set_fault("hang");
    settings_.job_timeout = std::chrono::milliseconds(300);
    EXPECT_EQ(print({test_letter(1)}).at(0).message_key, "print.timed-out");
    cupsd_->stop();
    EXPECT_EQ(print({test_letter(1)}).at(0).message_key, "print.scheduler-down");

    ::unsetenv("TMPDIR");
    EXPECT_TRUE(nothing_spooled());
    EXPECT_TRUE(fs::is_empty(temporary));
    fs::remove_all(temporary);
}

// libcups says "internal error" for a connection that drops mid-request: the visitor
// must read that the printing service is down, as when it is not running at all.
TEST_F(CupsLetterPrinterTest, ASchedulerThatHangsUpWhileALetterPrintsReadsAsTheSchedulerDown) {
    testing::HangingUpProxy proxy(cupsd_->port());
    settings_.server = proxy.server();
    cupsd_->set_fault("hang");
    auto printing = std::async(std::launch::async, [&] { return print(test_letters(2)); });
    ASSERT_TRUE(job_reached_printer());
    proxy.hang_up();

    const auto outcomes = printing.get();
    ASSERT_EQ(outcomes.size(), 2u);
    EXPECT_EQ(outcomes[0].message_key, "print.scheduler-down") << outcomes[0].detail;
    EXPECT_EQ(outcomes[1].message_key, "print.not-sent");
    const auto listed = list_destinations(proxy.server());
    ASSERT_FALSE(listed.has_value());
    EXPECT_EQ(listed.error().message_key, "print.scheduler-down") << listed.error().detail;
}

}  // namespace
}  // namespace kiosk::print
