// What the kiosk says aloud of a screen, from the very View it draws (so a screen cannot
// be drawn one way and spoken another): on arrival its words in reading order, then
// the element in focus with its state and place ("Governor, not chosen, 2 of 5").
#pragma once

#include <string>

#include "content/pack.h"
#include "ui/key_focus.h"
#include "ui/screens/view.h"

namespace kiosk::ui {

// The screen's words outside its scrolling lists: its title, question and hints.
std::string screen_sentence(const View& view);
// The focused element, its state and its place, in `language`; "" when none.
std::string focus_sentence(const View& view, const KeyFocus& focus, const content::Pack& pack,
                           const content::LanguageCode& language);

}  // namespace kiosk::ui
