#include "ui/screens/build_view.h"

#include "ui/screens/language_switch.h"
#include "ui/screens/layout_kit.h"
#include "ui/screens/more_below.h"

namespace kiosk::ui {

namespace {

View build_screen(const ScreenContext& context) {
    View view;
    switch (context.flow.screen()) {
        case flow::Screen::Welcome: view = build_welcome(context); break;
        case flow::Screen::Who: view = build_who(context); break;
        case flow::Screen::Where: view = build_where(context); break;
        case flow::Screen::Why: view = build_why(context); break;
        case flow::Screen::You: view = build_you(context); break;
        case flow::Screen::Review: view = build_review(context); break;
        case flow::Screen::Printing: view = build_printing(context); break;
        case flow::Screen::Done: view = build_done(context); break;
        case flow::Screen::StillThere: view = build_still_there(context); break;
        case flow::Screen::Sorry: view = build_sorry(context); break;
        case flow::Screen::StaffPin: view = build_staff_pin(context); break;
        case flow::Screen::StaffMenu: view = build_staff_menu(context); break;
    }
    view.screen = context.flow.screen();
    // Added here, for every screen alike, so that no screen can leave them out.
    add_language_switch(view, context);
    add_more_below(view, context);
    return view;
}

}  // namespace

View build_view(const ScreenContext& context) {
    View view = build_screen(context);
    if (holds_every_target(view, context.metrics)) return view;
    // A small panel: the same screen with its targets at the least size (12.7 mm).
    const Metrics tight = at_least_size(context.metrics);
    return build_screen(with_metrics(context, tight));
}

}  // namespace kiosk::ui
