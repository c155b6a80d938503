// Copying the day's counts to a USB stick by touch: the real kiosk (stick_kiosk.h), a
// letter written, then a stick mounted while it runs. A writable stick receives the
// CSV with that letter counted; a read-only one (a lock switch, or a filesystem the
// appliance mounts read-only) receives nothing, and the journal says why.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "kiosk_driver.h"
#include "private_cupsd.h"  // eventually
#include "private_mounts.h"
#include "stick_kiosk.h"
#include "store_fixture.h"
#include "ui/touch_gesture.h"

namespace kiosk::ui {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using install::testing::read_file;
using print::testing::eventually;
using testing::KioskDriver;
namespace mounts = install::testing;

const std::string pin = "2468";

std::vector<fs::path> csv_files(const fs::path& stick) {
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(stick)) {
        if (entry.path().extension() == ".csv") found.push_back(entry.path());
    }
    return found;
}

class KioskStickCounts : public ::testing::Test {
protected:
    void SetUp() override {
        if (!testing::in_private_mounts) GTEST_SKIP() << "this system forbids private user and mount namespaces";
    }
    void TearDown() override {
        if (!stick_.empty()) mounts::unmount(stick_);
    }
    fs::path stick_;
};

TEST_F(KioskStickCounts, TheCountsGoToAWritableStickAndAReadOnlyOneGetsNothing) {
    KioskDriver kiosk(testing::kiosk_with_installed_pack());
    kiosk.set_pin(pin);
    kiosk.write_letters({"governor"});
    kiosk.tap("review.print");
    kiosk.wait_for("done");
    kiosk.tap("done.start-over");
    kiosk.wait_for("welcome");

    stick_ = testing::stick_folder(kiosk);
    ASSERT_TRUE(mounts::mount_tmpfs(stick_, "1m"));
    const int before = kiosk.taps();
    kiosk.open_staff_screen(pin);
    kiosk.tap("staff.tab.counts");
    kiosk.tap("staff.counts.export");
    std::vector<fs::path> copied;
    for (auto deadline = std::chrono::steady_clock::now() + 10s;
         copied.empty() && std::chrono::steady_clock::now() < deadline; copied = csv_files(stick_)) {
        std::this_thread::sleep_for(50ms);
    }
    ASSERT_EQ(copied.size(), 1u) << kiosk.output();
    std::cout << "taps from Welcome to the counts on the stick: " << kiosk.taps() - before << '\n';
    const std::string csv = read_file(copied[0]);
    EXPECT_EQ(csv.rfind("day,recipient,state,language,printed,saved,failed\n", 0), 0u) << csv;
    EXPECT_NE(csv.find(",governor,MO,en,0,1,0\n"), std::string::npos) << "the letter saved (no printer here): " << csv;

    ASSERT_TRUE(mounts::remount_read_only(stick_));
    // Time must pass: a second tap on the same button within the double-tap window (a
    // constant) of the first is ignored. The CSV above shows the kiosk had handled the
    // first tap, so a loaded machine only makes the gap longer.
    std::this_thread::sleep_for(TouchGesture::double_tap_window + 200ms);
    kiosk.tap("staff.counts.export");
    // The journal's line says the export was tried and failed: check the stick after it.
    ASSERT_TRUE(eventually([&] { return kiosk.output().find("Read-only file system") != std::string::npos; }))
        << "the journal has the detail: " << kiosk.output();
    EXPECT_EQ(csv_files(stick_).size(), 1u);
    EXPECT_TRUE(kiosk.running());
}

}  // namespace
}  // namespace kiosk::ui
