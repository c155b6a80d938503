// "More below": every scroll area whose content is taller than its viewport gets one,
// whichever screen made it, so no list ever hides part of itself without saying so.
#pragma once

#include "ui/screens/screen_context.h"
#include "ui/screens/view.h"

namespace kiosk::ui {

void add_more_below(View& view, const ScreenContext& context);

}  // namespace kiosk::ui
