// The real kiosk against what hurried or unlucky visitors do: double and triple taps
// that must never skip a screen or print unreviewed, and failures inside the program
// that must end in the calm "Sorry" screen and a clean Welcome, never an exit.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "kiosk_driver.h"

namespace kiosk::ui {
namespace {

using namespace std::chrono_literals;
using testing::KioskDriver;
using testing::KioskLaunch;

TEST(KioskTaps, DoubleAndTripleTapsNeverSkipAScreenNorPrintUnreviewed) {
    // A preselected state makes Where's Next active at once: the easiest screen to skip.
    const auto config = std::filesystem::temp_directory_path() / ("kiosk-taps-" + std::to_string(getpid()) + ".yaml");
    std::ofstream(config) << "default_state: MO\n";
    KioskLaunch launch;
    launch.extra_arguments = {"--config", config.string()};
    KioskDriver kiosk(launch);
    for (const auto gap : {40ms, 150ms, 350ms}) {
        SCOPED_TRACE("taps " + std::to_string(gap.count()) + " ms apart");
        kiosk.wait_for("welcome");
        kiosk.tap_repeatedly("welcome.start", 2, gap);
        EXPECT_EQ(kiosk.screen_after_taps(), "who");
        kiosk.wait_for("who");
        kiosk.tap("recipient.governor");
        kiosk.tap_repeatedly("nav.next", 2, gap);
        EXPECT_EQ(kiosk.screen_after_taps(), "where");
        kiosk.wait_for("where");
        kiosk.tap_repeatedly("nav.next", 3, gap);
        EXPECT_EQ(kiosk.screen_after_taps(), "why");
        kiosk.wait_for("why");
        kiosk.tap("reason.elderly");
        kiosk.tap_repeatedly("nav.next", 2, gap);
        EXPECT_EQ(kiosk.screen_after_taps(), "you");
        kiosk.wait_for("you");
        const std::size_t letters_before = kiosk.saved_letters().size();
        kiosk.tap_repeatedly("nav.next", 3, gap);
        EXPECT_EQ(kiosk.screen_after_taps(), "review") << "Next and Print sit in the same place";
        EXPECT_EQ(kiosk.saved_letters().size(), letters_before) << "a letter printed without Review";
        kiosk.wait_for("review");
        kiosk.tap_repeatedly("review.print", 3, gap);
        // Every tap handled, the letter may still be on its way: Printing or Done, then Done.
        const std::string after_print = kiosk.screen_after_taps();
        EXPECT_TRUE(after_print == "printing" || after_print == "done")
            << after_print << ": a triple tap on Print must not land on Start over";
        kiosk.wait_for("done");
        EXPECT_EQ(kiosk.saved_letters().size(), letters_before + 1) << "one letter, printed once";
        kiosk.tap_repeatedly("done.start-over", 2, gap);
        EXPECT_EQ(kiosk.screen_after_taps(), "welcome");
    }
    std::filesystem::remove(config);
}

// Walks to Review with one letter for the governor of Missouri.
void walk_to_review(KioskDriver& kiosk) {
    kiosk.walk_to_you();
    kiosk.tap("nav.next");
}

// After a fault: "Sorry", then by itself a clean Welcome that a new visit can use.
void expect_failsafe_then_a_working_kiosk(KioskDriver& kiosk) {
    kiosk.wait_for("sorry");
    kiosk.wait_for("welcome");
    EXPECT_TRUE(kiosk.running());
    walk_to_review(kiosk);
    kiosk.wait_for("review");
    kiosk.tap("review.print");
    kiosk.wait_for("done");
    EXPECT_FALSE(kiosk.saved_letters().empty());
    EXPECT_NE(kiosk.output().find("the visit was reset after an error"), std::string::npos) << kiosk.output();
}

KioskLaunch with_fault(const std::string& where) {
    KioskLaunch launch;
    launch.environment = {{"LETTER_KIOSK_INJECT_FAULT", where}};
    return launch;
}

TEST(KioskFailsafe, AnErrorInAScreenEndsInSorryThenWelcome) {
    KioskDriver kiosk(with_fault("screen"));
    walk_to_review(kiosk);
    expect_failsafe_then_a_working_kiosk(kiosk);
}

TEST(KioskFailsafe, AnErrorInTheFlowEndsInSorryThenWelcome) {
    KioskDriver kiosk(with_fault("flow"));
    walk_to_review(kiosk);
    kiosk.wait_for("review");
    kiosk.tap("review.print");
    expect_failsafe_then_a_working_kiosk(kiosk);
}

TEST(KioskFailsafe, AnErrorInThePrintWorkerEndsInSorryThenWelcome) {
    KioskDriver kiosk(with_fault("print"));
    walk_to_review(kiosk);
    kiosk.wait_for("review");
    kiosk.tap("review.print");
    kiosk.wait_for("sorry");
    kiosk.wait_for("welcome");
    EXPECT_TRUE(kiosk.running());
    walk_to_review(kiosk);
    kiosk.wait_for("review");
    kiosk.tap("review.print");
    kiosk.wait_for("done");
    EXPECT_NE(kiosk.output().find("printing stopped by an error"), std::string::npos) << kiosk.output();
}

}  // namespace
}  // namespace kiosk::ui
