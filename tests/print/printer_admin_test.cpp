// What staff do to a queue from the staff screen, against a real cupsd (private_cupsd.h)
// whose test backend can run out of paper: the queue stops, the words tell staff to
// refill and Resume, Resume prints what waited exactly once and releases held jobs,
// Cancel empties the queue, and a test page made by the letter engine arrives.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <memory>

#include "letter/font_set.h"
#include "letter/test_page.h"
#include "pdf/pdf_writer.h"
#include "print/printer_admin.h"
#include "print/staff_printer_status.h"
#include "print_test_letters.h"
#include "private_cupsd.h"

namespace kiosk::print {
namespace {

namespace fs = std::filesystem;
using testing::eventually;
using testing::PrivateCupsd;

class PrinterAdmin : public ::testing::Test {
protected:
    void SetUp() override {
        cupsd_ = std::make_unique<PrivateCupsd>();
        cupsd_->add_queue("test");
    }

    QueueReport report() {
        auto queue = report_queue(cupsd_->server(), "test");
        EXPECT_TRUE(queue) << queue.error().detail;
        return queue ? *queue : QueueReport{};
    }

    int send(int number) {
        auto sent = send_page(cupsd_->server(), "test", testing::test_letter(number).pdf, "Letter " + std::to_string(number));
        EXPECT_TRUE(sent) << sent.error().detail;
        return sent ? *sent : 0;
    }

    // Nothing of the kiosk's is left in the queue: nothing more can come out.
    bool queue_empty() { return report().letters_waiting == 0; }

    std::unique_ptr<PrivateCupsd> cupsd_;
};

TEST_F(PrinterAdmin, PaperOutStopsTheQueueAndStaffAreToldToRefillThenResume) {
    cupsd_->set_fault("out-of-paper");
    send(1);

    ASSERT_TRUE(eventually([&] { return report().condition.state == PrinterCondition::State::Stopped; }));
    const QueueReport stopped = report();
    EXPECT_EQ(staff_status_key(stopped.condition), "staff.printer.stopped.out-of-paper");
    EXPECT_EQ(stopped.letters_waiting, 1) << "the letter waits in the stopped queue";
    EXPECT_TRUE(cupsd_->captured_letters().empty());
}

TEST_F(PrinterAdmin, ResumeAfterRefillingPrintsWhatWaitedExactlyOnce) {
    cupsd_->set_fault("out-of-paper");
    send(1);
    ASSERT_TRUE(eventually([&] { return report().condition.state == PrinterCondition::State::Stopped; }));
    send(2);  // queued behind it while the queue is stopped
    cupsd_->set_fault("");  // paper refilled: CUPS keeps the queue stopped all the same
    // Nothing runs in a stopped queue, so there is nothing to wait for: it says so now.
    const QueueReport refilled = report();
    EXPECT_EQ(refilled.condition.state, PrinterCondition::State::Stopped);
    EXPECT_EQ(refilled.letters_waiting, 2);
    ASSERT_TRUE(cupsd_->captured_letters().empty()) << "a stopped queue stays stopped until someone resumes it";

    const auto resumed = resume_queue(cupsd_->server(), "test");

    ASSERT_TRUE(resumed) << resumed.error().detail;
    ASSERT_TRUE(eventually([&] { return cupsd_->captured_letters().size() >= 2 && queue_empty(); }));
    const auto captured = cupsd_->captured_letters();
    ASSERT_EQ(captured.size(), 2u) << "each letter out exactly once";
    EXPECT_EQ(captured[0], testing::test_letter(1).pdf);
    EXPECT_EQ(captured[1], testing::test_letter(2).pdf);
    EXPECT_TRUE(eventually([&] { return staff_status_key(report().condition) == "staff.printer.ready"; }));
    EXPECT_EQ(report().letters_waiting, 0);
}

TEST_F(PrinterAdmin, ResumeReleasesHeldJobs) {
    const fs::path page = cupsd_->capture_folder().parent_path() / "held.pdf";
    {
        std::ofstream out(page, std::ios::binary);
        const auto bytes = testing::test_letter(7).pdf;
        out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
    }
    cupsd_->run("lp", "-d test -H indefinite '" + page.string() + "'");
    ASSERT_TRUE(eventually([&] { return report().held_jobs == 1; }));

    const auto released = resume_queue(cupsd_->server(), "test");

    ASSERT_TRUE(released) << released.error().detail;
    EXPECT_EQ(*released, 1);
    ASSERT_TRUE(eventually([&] { return cupsd_->captured_letters().size() == 1; }));
    EXPECT_EQ(report().held_jobs, 0);
}

TEST_F(PrinterAdmin, CancelEmptiesTheQueueOfTheKiosksLetters) {
    cupsd_->run("cupsdisable", "test");
    send(1);
    send(2);
    ASSERT_EQ(report().letters_waiting, 2);

    const auto canceled = cancel_kiosk_jobs(cupsd_->server(), "test");

    ASSERT_TRUE(canceled) << canceled.error().detail;
    EXPECT_EQ(*canceled, 2);
    EXPECT_TRUE(eventually([&] { return report().letters_waiting == 0; }));
    ASSERT_TRUE(resume_queue(cupsd_->server(), "test"));

    // A letter sent after them: once it is out and the queue is empty, a canceled letter
    // that still printed would have come out before it.
    send(3);
    ASSERT_TRUE(eventually([&] { return !cupsd_->captured_letters().empty() && queue_empty(); }));
    const auto captured = cupsd_->captured_letters();
    ASSERT_EQ(captured.size(), 1u) << "a canceled letter never prints";
    EXPECT_EQ(captured[0], testing::test_letter(3).pdf);
}

TEST_F(PrinterAdmin, CancelStopsAJobThePrinterHangsOn) {
    cupsd_->set_fault("hang");
    send(1);
    ASSERT_TRUE(eventually([&] { return report().condition.state == PrinterCondition::State::Processing; }));

    ASSERT_TRUE(cancel_kiosk_jobs(cupsd_->server(), "test"));

    EXPECT_TRUE(eventually([&] { return report().letters_waiting == 0; }));
    EXPECT_TRUE(eventually([&] { return staff_status_key(report().condition) == "staff.printer.ready"; }));
}

TEST_F(PrinterAdmin, TheTestPageArrivesSayingTestPageTheDateAndThePrinter) {
    const auto fonts = letter::find_fonts();
    ASSERT_TRUE(fonts) << fonts.error();
    pdf::PdfWriter writer(*fonts);
    const auto layout = letter::test_page_layout(
        "Test page", {"Printed on November 25, 2026 by Letter Kiosk.", "Printer: test"}, content::PaperSize::Letter);

    const auto sent = send_page(cupsd_->server(), "test", writer.write(layout), "Test page");

    ASSERT_TRUE(sent) << sent.error().detail;
    ASSERT_TRUE(eventually([&] { return cupsd_->captured_letters().size() == 1; }));
    const fs::path arrived = cupsd_->capture_folder() / "job-00001.pdf";
    ASSERT_TRUE(fs::exists(arrived));
    std::string text;
    if (FILE* pipe = ::popen(("pdftotext -layout '" + arrived.string() + "' - && pdfinfo '" + arrived.string() + "'").c_str(), "r")) {
        char buffer[4096];
        for (std::size_t got; (got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) text.append(buffer, got);
        ::pclose(pipe);
    }
    EXPECT_NE(text.find("Test page"), std::string::npos) << text;
    EXPECT_NE(text.find("November 25, 2026"), std::string::npos) << text;
    EXPECT_NE(text.find("Printer: test"), std::string::npos) << text;
    EXPECT_NE(text.find("Pages:           1\n"), std::string::npos) << "one page: " << text;
}

TEST_F(PrinterAdmin, AQueueThatDoesNotExistIsSaidInStaffWords) {
    const auto queue = report_queue(cupsd_->server(), "nowhere");
    ASSERT_FALSE(queue);
    EXPECT_EQ(staff_failure_key(queue.error()), "staff.printer.not-found");
}

}  // namespace
}  // namespace kiosk::print
