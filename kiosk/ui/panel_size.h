// What the X server says of the panel a window is on: XRandR's monitor under a point,
// its pixels and the millimetres its EDID gives (ui/panel_density.h makes a density of
// them). A monitor someone defined by hand (`xrandr --setmonitor`) gives its own size.
#pragma once

#include <optional>

#include "ui/panel_density.h"

namespace kiosk::ui {

// The monitor of the display in $DISPLAY that holds the point (`x`, `y`) of the root
// window, else the primary one, else the first; nullopt when there is no display,
// no XRandR 1.5, or no monitor.
std::optional<PanelSize> panel_under(int x, int y);

}  // namespace kiosk::ui
