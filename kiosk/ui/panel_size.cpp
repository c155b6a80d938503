#include "ui/panel_size.h"

#include <memory>

#include <X11/Xlib.h>
#include <X11/extensions/Xrandr.h>

namespace kiosk::ui {

namespace {

struct CloseDisplay {
    void operator()(Display* display) const { XCloseDisplay(display); }
};
struct FreeMonitors {
    void operator()(XRRMonitorInfo* monitors) const { XRRFreeMonitors(monitors); }
};
struct FreeResources {
    void operator()(XRRScreenResources* resources) const { XRRFreeScreenResources(resources); }
};
struct FreeOutput {
    void operator()(XRROutputInfo* output) const { XRRFreeOutputInfo(output); }
};

bool holds(const XRRMonitorInfo& monitor, int x, int y) {
    return x >= monitor.x && x < monitor.x + monitor.width && y >= monitor.y && y < monitor.y + monitor.height;
}

// A monitor defined by hand is someone's correction of what the server made up: it
// wins over the server's own at the same place.
const XRRMonitorInfo* monitor_under(const XRRMonitorInfo* monitors, int count, int x, int y) {
    for (const bool by_hand : {true, false}) {
        for (int i = 0; i < count; ++i)
            if (holds(monitors[i], x, y) && bool(monitors[i].automatic) != by_hand) return &monitors[i];
    }
    for (int i = 0; i < count; ++i)
        if (monitors[i].primary) return &monitors[i];
    return count > 0 ? &monitors[0] : nullptr;
}

}  // namespace

std::optional<PanelSize> panel_under(int x, int y) {
    const std::unique_ptr<Display, CloseDisplay> display(XOpenDisplay(nullptr));
    if (!display) return std::nullopt;
    int event_base = 0, error_base = 0, major = 0, minor = 0;
    if (!XRRQueryExtension(display.get(), &event_base, &error_base) ||
        !XRRQueryVersion(display.get(), &major, &minor) || major * 100 + minor < 105)
        return std::nullopt;
    const Window root = DefaultRootWindow(display.get());
    int count = 0;
    const std::unique_ptr<XRRMonitorInfo, FreeMonitors> monitors(XRRGetMonitors(display.get(), root, True, &count));
    const XRRMonitorInfo* monitor = monitors ? monitor_under(monitors.get(), count, x, y) : nullptr;
    if (!monitor) return std::nullopt;
    PanelSize panel{monitor->width, monitor->height, monitor->mwidth, monitor->mheight};
    // The server makes up a 96 dpi size for a monitor whose output reports none: the
    // output's own millimetres are what the EDID said.
    if (monitor->automatic && monitor->noutput > 0) {
        const std::unique_ptr<XRRScreenResources, FreeResources> resources(
            XRRGetScreenResourcesCurrent(display.get(), root));
        if (!resources) return std::nullopt;
        const std::unique_ptr<XRROutputInfo, FreeOutput> output(
            XRRGetOutputInfo(display.get(), resources.get(), monitor->outputs[0]));
        if (!output) return std::nullopt;
        panel.width_mm = int(output->mm_width);
        panel.height_mm = int(output->mm_height);
    }
    return panel;
}

}  // namespace kiosk::ui
