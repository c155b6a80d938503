// The ToUnicode CMap of a font printed through libharu's "UTF-8" encoding, which is
// what lets a reader copy or search the text. libharu 2.3 writes one that is not a
// ToUnicode CMap at all (its Identity-H encoding CMap, with "begincidrange"), so
// poppler warns "Invalid 'begincidrange' operator in ToUnicode CMap" and guesses from
// the font; the PDF writer puts this one in its place.
//
// libharu's UTF-8 encoding writes each character as its UCS-2 code, so the map is the
// identity on the characters used, except Arabic presentation forms (bidi_text.h
// joins Arabic by printing them), which map back to the letters they stand for.
#pragma once

#include <set>
#include <string>

namespace kiosk::pdf {

// `codes`: the BMP characters printed with the font.
std::string to_unicode_cmap(const std::set<char32_t>& codes);

}  // namespace kiosk::pdf
