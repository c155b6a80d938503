// The screens of the kiosk, in the order a visitor meets them, then the interruptions.
#pragma once

#include <string>

namespace kiosk::ui::flow {

enum class Screen {
    Welcome,
    Who,
    Where,
    Why,
    You,
    Review,
    Printing,
    Done,
    StillThere,
    Sorry,  // the failsafe: something broke, the visit is wiped, Welcome comes back
    StaffPin,
    StaffMenu
};

// The stable name used in the UI tree and in element ids ("review.edit.who").
std::string screen_name(Screen screen);

}  // namespace kiosk::ui::flow
