// The names of letters saved to a folder, and the clearing of what an interrupted save
// left behind. A letter is written as ".letter-20261125-120501-2-of-3.XXXXXX" (mkstemp),
// then linked to "letter-20261125-120501-2-of-3.pdf": when and which, never who.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace kiosk::print {

// "letter-20261125-120501-2-of-3": letter `number` of `count`, saved now (local time).
std::string saved_letter_stem(std::size_t number, std::size_t count);

// The mkstemp template a letter named `stem` is written under before it is complete.
std::string temporary_letter_template(const std::string& stem);

// Whether `file_name` is such a temporary letter, its six random characters filled in.
bool is_temporary_letter(const std::string& file_name);

// Removes the temporary letters a save cut short (the kiosk killed, the power gone) left
// in `folder`: each holds what a visitor typed. Only regular files named as ours are
// touched. Returns how many were removed.
std::size_t remove_leftover_letters(const std::filesystem::path& folder);

}  // namespace kiosk::print
