// The main of every test program that needs a display of its own: one private Xvfb for
// all its tests. The ones that drive the real kiosk link it through kiosk_driver_main
// (tests/ui/CMakeLists.txt); ui_display_tests, which sets the monitor's size, has it too.
#include <gtest/gtest.h>

#include "xvfb_display.h"

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new kiosk::ui::testing::XvfbDisplay(true));
    return RUN_ALL_TESTS();
}
