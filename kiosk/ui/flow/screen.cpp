#include "ui/flow/screen.h"

namespace kiosk::ui::flow {

std::string screen_name(Screen screen) {
    switch (screen) {
        case Screen::Welcome: return "welcome";
        case Screen::Who: return "who";
        case Screen::Where: return "where";
        case Screen::Why: return "why";
        case Screen::You: return "you";
        case Screen::Review: return "review";
        case Screen::Printing: return "printing";
        case Screen::Done: return "done";
        case Screen::StillThere: return "still-there";
        case Screen::Sorry: return "sorry";
        case Screen::StaffPin: return "staff-pin";
        case Screen::StaffMenu: return "staff-menu";
    }
    return "unknown";
}

}  // namespace kiosk::ui::flow
