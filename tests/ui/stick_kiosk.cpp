#include "stick_kiosk.h"

#include <cstdlib>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "private_mounts.h"
#include "xvfb_display.h"

namespace kiosk::ui::testing {

namespace fs = std::filesystem;

bool in_private_mounts = false;

KioskLaunch kiosk_with_installed_pack() {
    KioskLaunch launch;
    launch.installed_content = true;
    launch.prepare = [](const fs::path& folder) {
        const std::string install = std::string(KIOSK_BINARY) + " install-content '" KIOSK_DEFAULT_CONTENT_DIR "' --data-dir '" +
                                    (folder / "data").string() + "' >/dev/null";
        ASSERT_EQ(std::system(install.c_str()), 0) << install;
        fs::create_directories(folder / "media" / "STICK");
        std::ofstream(folder / "data" / "event-settings.yaml") << "stick_folders: [\"" << (folder / "media").string() << "\"]\n";
    };
    return launch;
}

fs::path stick_folder(const KioskDriver& kiosk) { return kiosk.folder() / "media" / "STICK"; }

void StickKioskTest::SetUp() {
    if (!in_private_mounts) GTEST_SKIP() << "this system forbids private user and mount namespaces";
}

void StickKioskTest::TearDown() {
    if (!stick_.empty()) install::testing::unmount(stick_);
}

void StickKioskTest::plug_in(const KioskDriver& kiosk, const fs::path& source) {
    stick_ = stick_folder(kiosk);
    ASSERT_TRUE(install::testing::bind_mount(source, stick_)) << source;
}

}  // namespace kiosk::ui::testing

int main(int argc, char** argv) {
    // First, while the program has one thread (a user namespace requires it).
    kiosk::ui::testing::in_private_mounts = kiosk::install::testing::enter_private_mount_namespace();
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new kiosk::ui::testing::XvfbDisplay(true));
    return RUN_ALL_TESTS();
}
