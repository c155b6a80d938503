// The staff screen's words, built into the program in English and Spanish.
//
// Why built in rather than required of every pack: these are the program's words, not
// the campaign's. A pack made for an earlier version must still install from a stick
// (a new required key would make it fail validation right when staff need it), and a
// campaign author should not have to translate eighty words about CUPS. A pack may
// still override any of them under `strings:` (a pack in another language can give its
// own); a language with neither gets English. The PIN pad and the older staff keys
// (ui.staff.*) stay pack strings, as they were.
#pragma once

#include <string>

#include "content/pack.h"
#include "ui/panel_density.h"
#include "ui/staff/staff_job.h"

namespace kiosk::ui {

// The pack's string for `key` in `language` if the pack has one; else the built-in
// Spanish for "es", else the built-in English; else the key itself.
const std::string& staff_text(const content::Pack& pack, const content::LanguageCode& language, const std::string& key);

// Whether `key` has built-in words (a test checks every key the screens use).
bool has_staff_words(const std::string& key);

// What the Settings tab says of the screen density: the figure and where it came from.
StaffNote density_note(const ScreenDensity& density);

}  // namespace kiosk::ui
