// The main of every test program that drives the real kiosk: one private Xvfb for all
// its tests (tests/ui/CMakeLists.txt links it through kiosk_driver_main).
#include <gtest/gtest.h>

#include "xvfb_display.h"

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new kiosk::ui::testing::XvfbDisplay(true));
    return RUN_ALL_TESTS();
}
