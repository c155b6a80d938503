// A value echoed in a message (an argument, a settings value, a name from a pack) kept
// to a length a person reads: a value of megabytes once came back whole in an error.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kiosk::base {

// `text` when it has at most `max_characters` characters; else its first ones, then
// "… (N characters)". Cut between characters, never inside one; text that is not
// UTF-8 is cut by bytes.
std::string shortened(std::string_view text, std::size_t max_characters = 60);

// A path as a message names it: whole up to 200 characters (more than anyone types, so
// the file's name stays in view), else shortened. A path the system can open is at most
// 4 KB; one given on the command line can be of any length.
std::string shortened_path(std::string_view path);

}  // namespace kiosk::base
