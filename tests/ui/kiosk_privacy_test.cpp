// A visitor's words never reach the next visitor: for every way back to Welcome, a
// unique marker is typed as the name, the visit is left that way, and the next visit
// is walked to a printed letter. The marker must be in no UI tree, no letter and —
// read through /proc/PID/mem — nowhere in the running kiosk's memory.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "kiosk_driver.h"
#include "process_memory.h"

namespace kiosk::ui {
namespace {

using namespace std::chrono_literals;
using testing::KioskDriver;
using testing::KioskLaunch;

// Typed as a name it becomes "Zqxwvk…": searched for without its capital.
const std::string marker = "qxwvk";

void walk_to_review(KioskDriver& kiosk, const std::string& name) {
    const auto you = kiosk.walk_to_you();
    for (const auto& element : you["elements"]) {
        if (element.value("role", "") == "field") {
            EXPECT_FALSE(element["filled"].get<bool>()) << element["id"] << " holds an earlier visitor's words";
        }
    }
    kiosk.type(name);
    kiosk.tap("nav.next");
    kiosk.wait_for("review");
}

// The next visitor: no name typed, a letter printed (saved), then back to Welcome.
void next_visit_prints_nothing_of_the_last(KioskDriver& kiosk) {
    const std::size_t letters_before = kiosk.saved_letters().size();
    walk_to_review(kiosk, "");
    EXPECT_EQ(kiosk.read_tree().dump().find(marker), std::string::npos);
    kiosk.tap("review.print");
    kiosk.wait_for("done");
    const auto letters = kiosk.saved_letters();
    ASSERT_EQ(letters.size(), letters_before + 1);
    const std::string text = testing::pdf_text(letters.back());
    EXPECT_NE(text.find("Governor"), std::string::npos) << text;
    EXPECT_EQ(text.find(marker), std::string::npos) << text;
    kiosk.tap("done.start-over");
    kiosk.wait_for("welcome");
}

void expect_not_in_memory(const KioskDriver& kiosk) {
    EXPECT_EQ(testing::count_in_process_memory(kiosk.pid(), marker), 0u) << "the typed name is still in memory";
    EXPECT_EQ(testing::count_in_process_memory(kiosk.pid(), testing::as_utf32(marker)), 0u)
        << "the typed name is still in memory, as drawn text";
    EXPECT_EQ(kiosk.output().find(marker), std::string::npos) << "the typed name reached the log";
}

// Leaves a visit at Review one way, then checks the next visit and the memory.
void check_way_back(const std::function<void(KioskDriver&)>& leave, KioskLaunch launch = {}) {
    KioskDriver kiosk(launch);
    walk_to_review(kiosk, "z" + marker + "a");
    leave(kiosk);
    kiosk.wait_for("welcome");
    next_visit_prints_nothing_of_the_last(kiosk);
    expect_not_in_memory(kiosk);
}

TEST(KioskPrivacy, BackToWelcomeEndsTheVisit) {
    check_way_back([](KioskDriver& kiosk) {
        for (const char* screen : {"you", "why", "where", "who"}) {
            kiosk.tap("nav.back");
            kiosk.wait_for(screen);
        }
        kiosk.tap("nav.back");
    });
}

TEST(KioskPrivacy, StartOverEndsTheVisit) {
    check_way_back([](KioskDriver& kiosk) {
        kiosk.tap("review.print");
        kiosk.wait_for("done");
        kiosk.tap("done.start-over");
    });
}

TEST(KioskPrivacy, ChangeThenBackCannotReachWelcomeWithTheVisit) {
    check_way_back([](KioskDriver& kiosk) {
        kiosk.tap("review.edit.who");
        const auto who = kiosk.wait_for("who");
        EXPECT_EQ(who.dump().find("\"nav.back\""), std::string::npos) << "a Change step has one way out";
        kiosk.tap("nav.to-letter");
        kiosk.wait_for("review");
        for (const char* screen : {"you", "why", "where", "who"}) {
            kiosk.tap("nav.back");
            kiosk.wait_for(screen);
        }
        kiosk.tap("nav.back");
    });
}

TEST(KioskPrivacy, IdleEndsTheVisit) {
    KioskLaunch launch;
    const auto config = std::filesystem::temp_directory_path() / ("kiosk-idle-" + std::to_string(getpid()) + ".yaml");
    std::ofstream(config) << "idle:\n  still_there_after_seconds: 5\n  reset_after_seconds: 5\n  done_reset_after_seconds: 30\n";
    launch.extra_arguments = {"--config", config.string()};
    check_way_back([](KioskDriver& kiosk) { kiosk.wait_for("still-there"); }, launch);
    std::filesystem::remove(config);
}

TEST(KioskPrivacy, TheFailsafeEndsTheVisit) {
    KioskLaunch launch;
    launch.environment = {{"LETTER_KIOSK_INJECT_FAULT", "flow"}};
    check_way_back([](KioskDriver& kiosk) {
        kiosk.tap("review.print");
        kiosk.wait_for("sorry");
    }, launch);
}

TEST(KioskPrivacy, ManyVisitsLeaveNoNameInMemory) {
    KioskDriver kiosk;
    for (const char* suffix : {"a", "b", "c"}) {
        walk_to_review(kiosk, "z" + marker + suffix);
        kiosk.tap("review.print");
        kiosk.wait_for("done");
        kiosk.tap("done.start-over");
        kiosk.wait_for("welcome");
    }
    expect_not_in_memory(kiosk);
}

}  // namespace
}  // namespace kiosk::ui
