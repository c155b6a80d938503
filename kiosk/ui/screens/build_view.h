// One function per screen turns the flow's state into a View; build_view picks it.
#pragma once

#include "ui/screens/screen_context.h"
#include "ui/screens/view.h"

namespace kiosk::ui {

View build_view(const ScreenContext& context);

View build_welcome(const ScreenContext& context);
View build_who(const ScreenContext& context);
View build_where(const ScreenContext& context);
View build_why(const ScreenContext& context);
View build_you(const ScreenContext& context);
View build_review(const ScreenContext& context);
View build_printing(const ScreenContext& context);
View build_done(const ScreenContext& context);
View build_still_there(const ScreenContext& context);
View build_sorry(const ScreenContext& context);
View build_staff_pin(const ScreenContext& context);
View build_staff_menu(const ScreenContext& context);

}  // namespace kiosk::ui
