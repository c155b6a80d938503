// PrintWorker with real letters (the default pack laid out and written as PDF) sent to
// a private cupsd (tests/print/private_cupsd.h) or saved to a folder: what the flow is
// told, and what comes out of the printer.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>

#include "content/pack_loader.h"
#include "letter/font_set.h"
#include "letter/letter_composer.h"
#include "letter/letter_layout_engine.h"
#include "pdf/pdf_writer.h"
#include "print/cups_letter_printer.h"
#include "print/save_to_folder_printer.h"
#include "private_cupsd.h"
#include "ui/print_worker.h"

namespace kiosk::ui {
namespace {

namespace fs = std::filesystem;
using print::testing::eventually;
using print::testing::PrivateCupsd;

// The default pack, its fonts and the PDF writer, loaded once for every test.
class Letters {
public:
    static Letters& get() {
        static Letters letters;
        return letters;
    }

    // The letter to `recipient_id` ("president", "governor") for Missouri, as printed.
    letter::LetterLayout layout(const std::string& recipient_id) const {
        letter::LetterRequest request;
        request.recipient_id = recipient_id;
        request.state_id = "MO";
        request.reason_ids = {"elderly", "heart-disease"};
        return engine_->lay_out(letter::compose_letter(pack_, request).value(), request.paper);
    }

    LetterMaker maker() const {
        LetterMaker maker;
        maker.write_pdf = [writer = writer_](const letter::LetterLayout& layout) { return writer->try_write(layout); };
        return maker;
    }

private:
    Letters() {
        pack_ = content::load_pack(KIOSK_DEFAULT_CONTENT_DIR).value();
        const letter::FontSet fonts = letter::find_fonts().value();
        engine_ = std::make_unique<letter::LetterLayoutEngine>(letter::LetterLayoutEngine::create(fonts).value());
        writer_ = std::make_shared<pdf::PdfWriter>(fonts);
    }

    content::Pack pack_;
    std::unique_ptr<letter::LetterLayoutEngine> engine_;
    std::shared_ptr<pdf::PdfWriter> writer_;
};

// A run of the visit's letters `indexes` (of `recipients`, the visit's letters in order),
// keyed as the flow keys them: by visit and recipient.
PrintJob print_job(std::size_t run, std::size_t visit, const std::vector<std::string>& recipients,
                   const std::vector<std::size_t>& indexes) {
    PrintJob job;
    job.request.run = run;
    job.request.letter_count = recipients.size();
    for (const std::size_t index : indexes) {
        job.request.letters.push_back(index);
        job.request.keys.push_back(std::to_string(visit) + "/" + recipients[index]);
        job.layouts.push_back(Letters::get().layout(recipients[index]));
    }
    return job;
}

// Collects what a worker reports, for tests that wait on it.
class Reports {
public:
    explicit Reports(PrintWorker& worker) : worker_(worker) {}

    bool eventually_has(const std::function<bool(const flow::Event&)>& wanted, double seconds = 10.0) {
        return eventually(
            [&] {
                for (auto& event : worker_.take_events()) events_.push_back(std::move(event));
                return std::any_of(events_.begin(), events_.end(), wanted);
            },
            seconds);
    }
    bool eventually_finished(std::size_t run) {
        return eventually_has([&](const flow::Event& event) {
            const auto* finished = std::get_if<flow::PrintFinished>(&event);
            return finished && finished->run == run;
        });
    }
    // The outcomes reported for `run`, by letter index.
    std::vector<flow::LetterReported> letters_of(std::size_t run) const {
        std::vector<flow::LetterReported> letters;
        for (const auto& event : events_) {
            const auto* reported = std::get_if<flow::LetterReported>(&event);
            if (reported && reported->run == run) letters.push_back(*reported);
        }
        return letters;
    }

private:
    PrintWorker& worker_;
    std::vector<flow::Event> events_;
};

std::function<bool(const flow::Event&)> progress_says(std::size_t run, const std::string& key) {
    return [run, key](const flow::Event& event) {
        const auto* progress = std::get_if<flow::PrintProgress>(&event);
        return progress && progress->run == run && progress->message_key == key;
    };
}

class PrintWorkerTest : public ::testing::Test {
protected:
    void SetUp() override {
        cupsd_.add_queue("test");
        print::CupsSettings settings;
        settings.server = cupsd_.server();
        settings.printer_name = "test";
        settings.poll_interval = std::chrono::milliseconds(20);
        // By value: the worker's thread may outlive the test.
        lookup_ = [settings] { return std::make_unique<print::CupsLetterPrinter>(settings); };
    }

    bool job_reached_printer() {
        return eventually([&] {
            for (const auto& entry : fs::directory_iterator(cupsd_.capture_folder())) {
                if (entry.path().filename().string().rfind(".started-", 0) == 0) return true;
            }
            return false;
        });
    }

    PrivateCupsd cupsd_;
    PrinterLookup lookup_;
};

TEST_F(PrintWorkerTest, RunsWaitingTheirTurnAreToldAtOnceThatThePrinterIsOutOfPaper) {
    PrintWorker worker(Letters::get().maker(), lookup_);
    Reports reports(worker);
    cupsd_.set_fault("wait-for-paper");
    worker.start(print_job(1, 1, {"president"}, {0}));
    worker.start(print_job(2, 2, {"governor"}, {0}));  // queued before the printer said anything
    ASSERT_TRUE(reports.eventually_has(progress_says(1, "print.out-of-paper")));

    worker.start(print_job(3, 3, {"president"}, {0}));  // queued once it had

    EXPECT_TRUE(reports.eventually_has(progress_says(2, "print.out-of-paper"), 2.0))
        << "the next visitor is left with \"Please wait\" while the printer has no paper";
    EXPECT_TRUE(reports.eventually_has(progress_says(3, "print.out-of-paper"), 2.0));
    cupsd_.set_fault("");  // staff add paper: the waiting runs hear the printer is fine again
    EXPECT_TRUE(reports.eventually_has(progress_says(3, "")));
    ASSERT_TRUE(reports.eventually_finished(3));
    for (std::size_t run = 1; run <= 3; ++run) {
        EXPECT_EQ(reports.letters_of(run).at(0).result, flow::LetterResult::Printed) << "run " << run;
    }
    EXPECT_EQ(cupsd_.captured_letters().size(), 3u);
}

TEST_F(PrintWorkerTest, RetryAfterTheSchedulerRestartedPrintsEachLetterOnce) {
    PrintWorker worker(Letters::get().maker(), lookup_);
    Reports reports(worker);
    const std::vector<std::string> visit = {"president", "governor"};
    cupsd_.set_fault("hang");
    worker.start(print_job(1, 7, visit, {0, 1}));
    ASSERT_TRUE(job_reached_printer());
    cupsd_.stop();
    ASSERT_TRUE(reports.eventually_finished(1));
    ASSERT_EQ(reports.letters_of(1).at(0).result, flow::LetterResult::Failed);
    // Back up, cupsd runs the job it was stopped in; the visitor taps Retry.
    cupsd_.set_fault("");
    cupsd_.restart();

    worker.start(print_job(2, 7, visit, {0, 1}));

    ASSERT_TRUE(reports.eventually_finished(2));
    const auto retried = reports.letters_of(2);
    ASSERT_EQ(retried.size(), 2u);
    EXPECT_EQ(retried[0].result, flow::LetterResult::Printed);
    EXPECT_EQ(retried[1].result, flow::LetterResult::Printed);
    const auto captured = cupsd_.captured_letters();
    ASSERT_EQ(captured.size(), 2u) << "each letter out exactly once";
    EXPECT_NE(captured[0], captured[1]);
}

TEST(PrintWorkerSaving, ALetterSavedOnARetryKeepsItsNumberInTheVisit) {
    const fs::path folder = fs::temp_directory_path() / ("print-worker-test-" + std::to_string(::getpid()));
    fs::remove_all(folder);
    PrintWorker worker(Letters::get().maker(), [folder] { return std::make_unique<print::SaveToFolderPrinter>(folder); });
    Reports reports(worker);

    // Letter 1 of 3 was saved; the retry sends letters 2 and 3.
    worker.start(print_job(2, 1, {"president", "governor", "president"}, {1, 2}));

    ASSERT_TRUE(reports.eventually_finished(2));
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    ASSERT_EQ(names.size(), 2u);
    EXPECT_NE(names[0].find("-2-of-3.pdf"), std::string::npos) << names[0];
    EXPECT_NE(names[1].find("-3-of-3.pdf"), std::string::npos) << names[1];
    fs::remove_all(folder);
}

}  // namespace
}  // namespace kiosk::ui
