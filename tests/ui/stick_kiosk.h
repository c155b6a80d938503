// The real kiosk with USB sticks: the test program enters private user and mount
// namespaces first (main, in stick_kiosk.cpp), so that the kiosk it starts sees the
// sticks the tests mount while it runs, and no one else does.
#pragma once

#include <filesystem>

#include <gtest/gtest.h>

#include "kiosk_driver.h"

namespace kiosk::ui::testing {

// False when the system forbids the namespaces: the tests skip.
extern bool in_private_mounts;

// A kiosk using the default pack installed with install-content (as the appliance does;
// stick installs and the counts export need the store), with its stick folder at
// stick_folder(kiosk), an empty folder until a test mounts something there.
KioskLaunch kiosk_with_installed_pack();
std::filesystem::path stick_folder(const KioskDriver& kiosk);

// The tests of a kiosk with a stick: skipped where the namespaces are forbidden; the
// stick plugged in is pulled out at the end.
class StickKioskTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;
    // Plugs in the stick: `source` bind-mounted at media/STICK while the kiosk runs.
    void plug_in(const KioskDriver& kiosk, const std::filesystem::path& source);

private:
    std::filesystem::path stick_;
};

}  // namespace kiosk::ui::testing
