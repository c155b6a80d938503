// The compact language switch at the top right of every visitor screen after Welcome:
// one button per other language of the pack, each named in its own language.
#pragma once

#include "ui/screens/screen_context.h"
#include "ui/screens/view.h"

namespace kiosk::ui {

// Where the switch goes on this screen: zero size when it has none (Welcome has its own
// language buttons; staff screens and interruptions have none).
Rect language_switch_area(const ScreenContext& context);
// Where a screen without a title (Done) may start writing: below the switch, if any.
float below_language_switch(const ScreenContext& context);
// Adds the switch, unless the screen has placed it already (You on a 7" panel, whose
// rows take the whole height and so its edges too).
void add_language_switch(View& view, const ScreenContext& context);

}  // namespace kiosk::ui
