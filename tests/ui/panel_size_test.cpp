// The density measured from what a real X server (a private Xvfb) says of its monitor.
#include "ui/panel_size.h"

#include <memory>

#include <gtest/gtest.h>
// After gtest: Xlib's macros (None, Bool) would break its templates.
#include <X11/Xlib.h>
#include <X11/extensions/Xrandr.h>

namespace kiosk::ui {
namespace {

struct CloseDisplay {
    void operator()(Display* display) const { XCloseDisplay(display); }
};

// Xvfb's one output reports 0 mm, as a panel without an EDID size does.
TEST(PanelSize, XvfbsOutputReportsNoSizeSoTheKioskUses96) {
    const auto panel = panel_under(10, 10);
    ASSERT_TRUE(panel);
    EXPECT_EQ(panel->width_pixels, 1920);
    EXPECT_EQ(panel->height_pixels, 1280);
    EXPECT_EQ(panel->width_mm, 0);
    const ScreenDensity density = chosen_density(std::nullopt, panel);
    EXPECT_EQ(density.origin, DensityOrigin::NoPanelSize);
    EXPECT_FLOAT_EQ(density.dpi, 96.f);
}

// A monitor of 325 × 217 mm over the whole screen, as `xrandr --setmonitor` defines one:
// the server keeps it while the connection that made it is open.
TEST(PanelSize, TheMeasuredDensityFollowsTheSizeTheServerReports) {
    const std::unique_ptr<Display, CloseDisplay> display(XOpenDisplay(nullptr));
    ASSERT_TRUE(display);
    XRRMonitorInfo* monitor = XRRAllocateMonitor(display.get(), 0);
    monitor->name = XInternAtom(display.get(), "kiosk-panel", False);
    monitor->x = 0;
    monitor->y = 0;
    monitor->width = 1920;
    monitor->height = 1280;
    monitor->mwidth = 325;
    monitor->mheight = 217;
    XRRSetMonitor(display.get(), DefaultRootWindow(display.get()), monitor);
    XRRFreeMonitors(monitor);
    XSync(display.get(), False);

    const auto panel = panel_under(600, 400);
    ASSERT_TRUE(panel);
    EXPECT_EQ(panel->width_mm, 325);
    EXPECT_EQ(panel->height_mm, 217);
    const ScreenDensity density = chosen_density(std::nullopt, panel);
    EXPECT_EQ(density.origin, DensityOrigin::PanelSize);
    EXPECT_NEAR(density.dpi, 150.f, 0.5f);
    EXPECT_EQ(density_sentence(density), "screen density 150 dpi, from the panel's size (325 × 217 mm)");
    EXPECT_EQ(chosen_density(120.f, panel).dpi, 120.f) << "screen_dpi in the settings still wins";

    XRRDeleteMonitor(display.get(), DefaultRootWindow(display.get()), XInternAtom(display.get(), "kiosk-panel", False));
    XSync(display.get(), False);
    EXPECT_EQ(panel_under(600, 400)->width_mm, 0) << "the server's own monitor again";
}

}  // namespace
}  // namespace kiosk::ui
