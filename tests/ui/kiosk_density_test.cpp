// The real kiosk on a private Xvfb whose monitor says it is 325 × 217 mm: the journal and
// the staff Settings tab say the density measured from it, and the settings still win.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "kiosk_driver.h"
// After gtest: Xlib's macros (None, Bool) would break its templates.
#include <X11/Xlib.h>
#include <X11/extensions/Xrandr.h>

namespace kiosk::ui {
namespace {

using testing::KioskDriver;
using testing::KioskLaunch;

// A monitor over the whole screen with the size an EDID would give, as `xrandr
// --setmonitor` defines one; the server keeps it while this connection is open.
class MeasuredMonitor {
public:
    MeasuredMonitor(int width_mm, int height_mm) : display_(XOpenDisplay(nullptr)) {
        if (!display_) return;
        name_ = XInternAtom(display_, "kiosk-panel", False);
        XRRMonitorInfo* monitor = XRRAllocateMonitor(display_, 0);
        monitor->name = name_;
        monitor->width = DisplayWidth(display_, DefaultScreen(display_));
        monitor->height = DisplayHeight(display_, DefaultScreen(display_));
        monitor->mwidth = width_mm;
        monitor->mheight = height_mm;
        XRRSetMonitor(display_, DefaultRootWindow(display_), monitor);
        XRRFreeMonitors(monitor);
        XSync(display_, False);
    }
    ~MeasuredMonitor() {
        if (!display_) return;
        XRRDeleteMonitor(display_, DefaultRootWindow(display_), name_);
        XCloseDisplay(display_);
    }
    MeasuredMonitor(const MeasuredMonitor&) = delete;
    MeasuredMonitor& operator=(const MeasuredMonitor&) = delete;
    bool made() const { return display_ != nullptr; }

private:
    Display* display_;
    Atom name_ = 0;
};

// The labels of the texts on the screen now.
std::vector<std::string> texts_shown(const KioskDriver& kiosk) {
    std::vector<std::string> labels;
    const auto tree = kiosk.read_tree();
    if (!tree.is_object()) return labels;
    for (const auto& element : tree["elements"])
        if (element.value("role", "") == "text") labels.push_back(element.value("label", ""));
    return labels;
}

bool shows_text(const KioskDriver& kiosk, const std::string& text) {
    const auto labels = texts_shown(kiosk);
    return std::find(labels.begin(), labels.end(), text) != labels.end();
}

TEST(KioskDensity, TheJournalAndTheSettingsTabSayTheDensityMeasuredFromThePanel) {
    const MeasuredMonitor monitor(325, 217);  // 1920 x 1280 pixels: 150 dpi
    ASSERT_TRUE(monitor.made());
    KioskDriver kiosk;
    kiosk.set_pin("2468");
    kiosk.wait_for("welcome");
    EXPECT_NE(kiosk.output().find("screen density 150 dpi, from the panel's size (325 × 217 mm)"), std::string::npos)
        << kiosk.output();
    kiosk.open_staff_screen("2468");
    kiosk.tap("staff.tab.settings");
    const std::string said = "Screen: 150 dots per inch, measured from the panel's size (325\u00a0×\u00a0217\u00a0mm).";
    EXPECT_TRUE(shows_text(kiosk, said)) << ::testing::PrintToString(texts_shown(kiosk));
}

TEST(KioskDensity, ScreenDpiInTheSettingsWinsOverThePanel) {
    const MeasuredMonitor monitor(325, 217);
    ASSERT_TRUE(monitor.made());
    KioskLaunch launch;
    launch.prepare = [](const std::filesystem::path& folder) {  // the settings file of the data folder
        std::filesystem::create_directories(folder / "data");
        std::ofstream(folder / "data" / "event-settings.yaml") << "screen_dpi: 120\n";
    };
    KioskDriver kiosk(launch);
    kiosk.set_pin("2468");
    kiosk.wait_for("welcome");
    EXPECT_NE(kiosk.output().find("screen density 120 dpi, from the settings"), std::string::npos) << kiosk.output();
    kiosk.open_staff_screen("2468");
    kiosk.tap("staff.tab.settings");
    const std::string said = "Screen: 120 dots per inch, as the settings file says (screen_dpi).";
    EXPECT_TRUE(shows_text(kiosk, said)) << ::testing::PrintToString(texts_shown(kiosk));
}

}  // namespace
}  // namespace kiosk::ui
