// Nothing staff do can weaken or freeze the kiosk, shown on the real `letter-kiosk run`
// on a private Xvfb with sticks mounted while it runs (stick_kiosk.h): a stick that
// takes long to check leaves the screen drawing; a staff Save keeps signature checking
// on across a restart; a restart does not open a locked PIN pad.
#include <signal.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "install/content_store.h"
#include "kiosk_driver.h"
#include "private_cupsd.h"
#include "private_mounts.h"
#include "store_fixture.h"
#include "stick_kiosk.h"

namespace kiosk::ui {
namespace {

namespace fs = std::filesystem;
using install::testing::make_pack;
using install::testing::read_file;
using print::testing::eventually;
using testing::KioskDriver;
using testing::KioskLaunch;
using testing::kiosk_with_installed_pack;

const std::string pin = "2468";

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

// How many install buttons the Campaign tab shows now.
int install_buttons(const KioskDriver& kiosk) {
    int count = 0;
    const auto tree = kiosk.read_tree();
    if (!tree.is_object()) return 0;
    for (const auto& element : tree["elements"]) {
        if (element.value("id", "").rfind("staff.content.install.", 0) == 0) ++count;
    }
    return count;
}

// The frames the kiosk drew while a staff job ran ($LETTER_KIOSK_FRAME_LOG: a line
// "<milliseconds> <job running>" a frame, "step <words>" when the job's step changes).
struct BusyFrames {
    std::vector<long long> times;  // milliseconds, in order
    std::vector<std::string> steps;
    long long span() const { return times.size() < 2 ? 0 : times.back() - times.front(); }
    long long longest_gap() const {
        long long gap = 0;
        for (std::size_t i = 1; i < times.size(); ++i) gap = std::max(gap, times[i] - times[i - 1]);
        return gap;
    }
};

BusyFrames read_busy_frames(const fs::path& log) {
    BusyFrames frames;
    std::istringstream lines(read_file(log));
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("step ", 0) == 0) {
            frames.steps.push_back(line.substr(5));
            continue;
        }
        long long at = 0;
        int busy = 0;
        if (std::istringstream(line) >> at >> busy && busy == 1) frames.times.push_back(at);
    }
    return frames;
}

// Whether the log shows a job that ran and then a frame drawn after it.
bool finished_a_job(const fs::path& log) {
    std::istringstream lines(read_file(log));
    bool ran = false, idle_after = false;
    for (std::string line; std::getline(lines, line);) {
        long long at = 0;
        int busy = 0;
        if (line.rfind("step ", 0) == 0 || !(std::istringstream(line) >> at >> busy)) continue;
        if (busy == 1) ran = true, idle_after = false;
        else if (ran) idle_after = true;
    }
    return idle_after;
}

class KioskStaffTrust : public testing::StickKioskTest {};

// A stick of many packs takes seconds to check: the worker checks them while the screen
// keeps drawing, so the watchdog (fed by frames) never starves and Cancel stays tappable.
TEST_F(KioskStaffTrust, AStickThatTakesLongToCheckLeavesTheScreenDrawing) {
    const fs::path frame_log = fs::temp_directory_path() / ("kiosk-frames-" + std::to_string(getpid()) + ".log");
    fs::remove(frame_log);
    KioskLaunch launch = kiosk_with_installed_pack();
    launch.environment = {{"LETTER_KIOSK_FRAME_LOG", frame_log.string()}};
    KioskDriver kiosk(launch);
    kiosk.set_pin(pin);
    kiosk.wait_for("welcome");
    const fs::path source = kiosk.folder() / "laptop";
    constexpr int packs = 32;
    fs::create_directories(source);
    for (int i = 0; i < packs; ++i) make_pack(source / ("campaign-" + std::to_string(i)), "1.0." + std::to_string(i + 1));
    plug_in(kiosk, source);

    kiosk.open_staff_screen(pin);
    kiosk.tap("staff.tab.content");
    // Done when the stick's first pack offers Install and the last frame drawn was idle
    // (the rest of the list lies below, out of sight).
    ASSERT_TRUE(eventually([&] { return install_buttons(kiosk) > 0 && finished_a_job(frame_log); }, 120.0))
        << kiosk.output();
    EXPECT_TRUE(kiosk.running());

    const BusyFrames frames = read_busy_frames(frame_log);
    fs::remove(frame_log);
    std::cout << "[ figures  ] checking " << packs << " packs on a stick: " << frames.span() << " ms, "
              << frames.times.size() << " frames drawn meanwhile, longest gap between frames " << frames.longest_gap()
              << " ms\n";
    RecordProperty("check_ms", std::to_string(frames.span()));
    RecordProperty("longest_frame_gap_ms", std::to_string(frames.longest_gap()));
    EXPECT_FALSE(frames.steps.empty()) << "the screen never named the step it was on";
    // Were the check on the UI thread, one gap would be the whole check. Compared with
    // the check's own length, not with a number of seconds a loaded machine can miss.
    ASSERT_GE(frames.times.size(), 2u) << "no frame was drawn while the stick was checked";
    EXPECT_LT(frames.longest_gap() * 4, frames.span()) << "the screen stood still for a large part of the check";
}

// A staff Save rewrites the settings file: signature checking and the stick folders
// from the file stay, through a restart, so an unsigned pack is still refused there.
TEST_F(KioskStaffTrust, AStaffSaveThenARestartStillRefusesAnUnsignedPack) {
    if (std::system("command -v minisign >/dev/null 2>&1") != 0) GTEST_SKIP() << "minisign is not installed";
    KioskLaunch launch = kiosk_with_installed_pack();
    const auto install_default = launch.prepare;
    launch.prepare = [install_default](const fs::path& folder) {
        install_default(folder);
        ASSERT_EQ(std::system(("cd " + quoted(folder) + " && minisign -G -W -p key.pub -s key.key >/dev/null 2>&1").c_str()), 0);
        std::ofstream(folder / "data" / "event-settings.yaml", std::ios::app) << "trusted_key: " << (folder / "key.pub").string() << "\n";
    };
    KioskDriver kiosk(launch);
    kiosk.set_pin(pin);
    kiosk.wait_for("welcome");
    kiosk.open_staff_screen(pin);
    kiosk.tap("staff.tab.settings");
    kiosk.tap("staff.settings.paper.a4");
    kiosk.tap("staff.settings.save");
    const fs::path settings = kiosk.data() / "event-settings.yaml";
    ASSERT_TRUE(eventually([&] { return read_file(settings).find("paper: a4") != std::string::npos; })) << read_file(settings);
    kiosk.restart(SIGKILL);  // the power key
    kiosk.wait_for("welcome");

    const fs::path source = kiosk.folder() / "laptop";
    fs::create_directories(source);
    make_pack(source / "signed", "2.0.0");
    make_pack(source / "unsigned", "3.0.0");
    const std::string sign = std::string(KIOSK_BINARY) + " sign-content " + quoted(source / "signed") + " --secret-key " +
                             quoted(kiosk.folder() / "key.key") + " >/dev/null";
    ASSERT_EQ(std::system(sign.c_str()), 0);
    plug_in(kiosk, source);
    kiosk.open_staff_screen(pin);
    kiosk.tap("staff.tab.content");

    ASSERT_TRUE(eventually([&] { return install_buttons(kiosk) > 0; }, 60.0)) << kiosk.output();
    EXPECT_EQ(install_buttons(kiosk), 1) << "only the signed pack may be installed";
    kiosk.tap("staff.content.install.0");
    ASSERT_TRUE(eventually([&] {
        const auto current = install::ContentStore(kiosk.data()).current();
        return current && read_file(*current / "pack.yaml").find("version: 2.0.0") != std::string::npos;
    })) << kiosk.output();
    // And the same file, read by the command staff would use, refuses the unsigned one.
    const std::string install = std::string(KIOSK_BINARY) + " install-content " + quoted(source / "unsigned") +
                                " --check-only --data-dir " + quoted(kiosk.data()) + " 2>&1";
    EXPECT_NE(testing::run_and_read(install).find("the pack is not signed"), std::string::npos)
        << testing::run_and_read(install) << read_file(settings);
}

// Three wrong PINs lock the pad; the power key does not open it: after the restart the
// right PIN is still refused until the lock-out ends.
TEST_F(KioskStaffTrust, ARestartDuringAPinLockOutKeepsThePadLocked) {
    KioskDriver kiosk(kiosk_with_installed_pack());
    kiosk.set_pin(pin);
    kiosk.wait_for("welcome");
    ASSERT_EQ(std::system("xdotool mousemove 5 5 click --repeat 5 --delay 150 1"), 0);
    kiosk.wait_for("staff-pin");
    const std::string locked = "the PIN pad is locked for";
    for (int attempt = 0; attempt < 3; ++attempt) {
        for (const char digit : std::string("1111")) kiosk.tap(std::string("pin.") + digit);
        kiosk.tap("pin.ok");
        if (attempt < 2) continue;
        ASSERT_TRUE(eventually([&] { return kiosk.output().find(locked) != std::string::npos; })) << kiosk.output();
    }

    kiosk.restart(SIGKILL);
    kiosk.wait_for("welcome");
    const std::size_t said_before = kiosk.output().rfind(locked);
    ASSERT_EQ(std::system("xdotool mousemove 5 5 click --repeat 5 --delay 150 1"), 0);
    kiosk.wait_for("staff-pin");
    for (const char digit : pin) kiosk.tap(std::string("pin.") + digit);
    kiosk.tap("pin.ok");

    ASSERT_TRUE(eventually([&] { return kiosk.output().rfind(locked) != said_before; })) << kiosk.output();
    EXPECT_EQ(kiosk.screen(), "staff-pin") << "the right PIN opened a pad locked before the restart";
}

}  // namespace
}  // namespace kiosk::ui
