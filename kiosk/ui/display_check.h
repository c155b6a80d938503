// Whether an X display can be opened, asked before SFML is touched: SFML aborts the
// whole program when it cannot open one.
#pragma once

namespace kiosk::ui {

bool can_open_display();

}  // namespace kiosk::ui
