// Gives the tests an X display: the one in $DISPLAY when it opens, else a private Xvfb
// started for this test program and stopped at its end (CI has no display), the same
// way `letter-kiosk preview` gets one (ui/private_display.h).
#pragma once

#include <memory>

#include <gtest/gtest.h>

#include "ui/display_check.h"
#include "ui/private_display.h"

namespace kiosk::ui::testing {

class XvfbDisplay : public ::testing::Environment {
public:
    // `always_private`: never use the developer's own display (tests that move the mouse).
    explicit XvfbDisplay(bool always_private = false) : always_private_(always_private) {}

    void SetUp() override {
        if (!always_private_ && can_open_display()) return;
        auto started = PrivateDisplay::start(1920, 1280);
        ASSERT_TRUE(started) << started.error();
        display_ = std::move(*started);
    }

    void TearDown() override { display_.reset(); }

private:
    bool always_private_;
    std::unique_ptr<PrivateDisplay> display_;
};

}  // namespace kiosk::ui::testing
