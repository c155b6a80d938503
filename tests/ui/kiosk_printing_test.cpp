// Printing as the visitor sees it: the real `letter-kiosk run` on a private Xvfb,
// tapped like a visitor, printing with `--printer` to a private cupsd whose test
// backend keeps every letter it receives (tests/print/private_cupsd.h). What is
// checked is what a visitor or staff member would check: the screen, the letters that
// came out of the printer, and the counters staff export.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <gtest/gtest.h>

#include "kiosk_driver.h"
#include "private_cupsd.h"

namespace kiosk::ui {
namespace {

namespace fs = std::filesystem;
using print::testing::eventually;
using print::testing::PrivateCupsd;
using testing::KioskDriver;
using testing::KioskLaunch;

// The Printing screen says the letters were not printed and offers Retry, and takes
// taps: Retry sits where Print was, so the kiosk ignores it for 400 ms after Print.
bool offers_retry(KioskDriver& kiosk) {
    if (!eventually([&] { return kiosk.screen() == "printing" && kiosk.shows("print.retry"); }, 15.0)) return false;
    kiosk.wait_for("printing");
    return true;
}

std::string counters(const KioskDriver& kiosk) {
    std::ifstream in(kiosk.data() / "counters.csv");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Whether counters.csv has, for today, `recipient` in Missouri in English with these totals.
bool counted(const KioskDriver& kiosk, const std::string& recipient, int printed, int failed) {
    const std::string line = "," + recipient + ",MO,en," + std::to_string(printed) + ",0," + std::to_string(failed) + "\n";
    return counters(kiosk).find(line) != std::string::npos;
}

class KioskPrinting : public ::testing::Test {
protected:
    void SetUp() override { cupsd_.add_queue("test"); }

    KioskLaunch launch() const { return testing::printing_to(cupsd_.server(), "test"); }

    bool job_reached_printer() {
        return eventually([&] {
            for (const auto& entry : fs::directory_iterator(cupsd_.capture_folder())) {
                if (entry.path().filename().string().rfind(".started-", 0) == 0) return true;
            }
            return false;
        });
    }

    PrivateCupsd cupsd_;
};

TEST_F(KioskPrinting, AKioskStartedBeforeTheSchedulerPrintsOnceItIsUp) {
    cupsd_.stop();
    KioskDriver kiosk(launch());
    kiosk.write_letters({"governor"});
    kiosk.tap("review.print");
    ASSERT_TRUE(offers_retry(kiosk)) << "no scheduler: the visitor must be told, not left waiting";

    cupsd_.restart();
    kiosk.tap("print.retry");

    kiosk.wait_for("done");
    EXPECT_EQ(cupsd_.captured_letters().size(), 1u);
}

TEST_F(KioskPrinting, AfterTheSchedulerIsKilledMidJobAndRestartedRetryPrintsEachLetterOnce) {
    KioskDriver kiosk(launch());
    kiosk.write_letters({"president", "governor"});
    cupsd_.set_fault("hang");
    kiosk.tap("review.print");
    ASSERT_TRUE(job_reached_printer());
    cupsd_.stop();
    ASSERT_TRUE(offers_retry(kiosk));
    // Back up, cupsd runs the job it was stopped in: the first letter comes out.
    cupsd_.set_fault("");
    cupsd_.restart();
    ASSERT_TRUE(eventually([&] { return cupsd_.captured_letters().size() == 1; }));

    kiosk.tap("print.retry");

    kiosk.wait_for("done");
    const auto captured = cupsd_.captured_letters();
    ASSERT_EQ(captured.size(), 2u) << "each letter out exactly once";
    EXPECT_NE(captured[0], captured[1]);
    EXPECT_TRUE(counted(kiosk, "president", 1, 1)) << counters(kiosk);
    EXPECT_TRUE(counted(kiosk, "governor", 1, 1)) << counters(kiosk);
}

TEST_F(KioskPrinting, PaperOutThenRetryBackAndPrintPrintsAndCountsEachLetterOnce) {
    KioskDriver kiosk(launch());
    kiosk.write_letters({"president", "governor"});
    cupsd_.set_fault("out-of-paper");
    kiosk.tap("review.print");
    ASSERT_TRUE(offers_retry(kiosk));
    // Retry before staff came: still no paper, the queue is still stopped.
    kiosk.tap("print.retry");
    ASSERT_TRUE(eventually([&] { return counted(kiosk, "president", 0, 2) && counted(kiosk, "governor", 0, 2); }))
        << counters(kiosk);
    ASSERT_TRUE(offers_retry(kiosk));
    kiosk.tap("nav.back");
    kiosk.wait_for("review");
    // Staff add paper and resume the queue.
    cupsd_.set_fault("");
    cupsd_.run("cupsenable", "test");

    kiosk.tap("review.print");

    kiosk.wait_for("done");
    EXPECT_EQ(cupsd_.captured_letters().size(), 2u) << "each letter out exactly once";
    EXPECT_TRUE(counted(kiosk, "president", 1, 2)) << counters(kiosk);
    EXPECT_TRUE(counted(kiosk, "governor", 1, 2)) << counters(kiosk);
}

TEST_F(KioskPrinting, ExitingWhileAJobHangsEndsTheKioskPromptly) {
    KioskDriver kiosk(launch());
    kiosk.set_pin("2468");
    kiosk.write_letters({"governor"});
    cupsd_.set_fault("hang");
    kiosk.tap("review.print");
    ASSERT_TRUE(job_reached_printer());

    // Staff: five taps in the top-left corner, the PIN, Exit kiosk.
    kiosk.open_staff_screen("2468");
    kiosk.tap("staff.exit");

    // Half the two minutes the hung job (tests/print/testbackend.sh) would hold a kiosk
    // that waited for it: compared with the hang, not a few seconds a loaded machine misses.
    EXPECT_TRUE(eventually([&] { return !kiosk.running(); }, 60.0)) << "the kiosk is still running";
}

TEST(KioskSaving, UnfinishedLettersOfAnEarlierSaveAreRemovedAtStart) {
    KioskLaunch launch;
    const std::string unfinished = ".letter-20261124-170102-1-of-2.Qx7pLm";
    const std::string saved = "letter-20261124-170101-1-of-2.pdf";
    launch.prepare = [&](const fs::path& folder) {
        std::ofstream(folder / "letters" / unfinished) << "%PDF- a visitor's letter, cut short";
        std::ofstream(folder / "letters" / saved) << "%PDF- a letter saved whole";
    };

    KioskDriver kiosk(launch);
    kiosk.wait_for("welcome");

    EXPECT_FALSE(fs::exists(kiosk.letters() / unfinished));
    EXPECT_TRUE(fs::exists(kiosk.letters() / saved)) << "a finished letter is for staff to print";
}

}  // namespace
}  // namespace kiosk::ui
