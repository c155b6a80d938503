// Asks a window to close the way a window manager does when its close button is
// clicked (WM_DELETE_WINDOW). Kept apart: Xlib's macros clash with GoogleTest's names.
#pragma once

namespace kiosk::ui::testing {

bool request_close(unsigned long window);

}  // namespace kiosk::ui::testing
