#include "ui/display_check.h"

#include <cstdlib>

#include <X11/Xlib.h>

namespace kiosk::ui {

bool can_open_display() {
    const char* name = std::getenv("DISPLAY");
    if (!name || !*name) return false;
    Display* display = XOpenDisplay(name);
    if (!display) return false;
    XCloseDisplay(display);
    return true;
}

}  // namespace kiosk::ui
