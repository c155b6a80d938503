// The names of letters saved to a folder. A letter is written as
// ".letter-20261125-120501-2-of-3.XXXXXX" (mkstemp), then linked to
// "letter-20261125-120501-2-of-3.pdf": when and which, never who.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace kiosk::print {

// "letter-20261125-120501-2-of-3": letter `number` of `count`, saved now (local time).
std::string saved_letter_stem(std::size_t number, std::size_t count);

// The mkstemp template a letter named `stem` is written under before it is complete.
std::string temporary_letter_template(const std::string& stem);

}  // namespace kiosk::print
