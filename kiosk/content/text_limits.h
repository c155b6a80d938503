// How long the texts of a pack (and the visitor's, from the command line) may be, in
// characters. Far beyond any real pack (the default's longest line is 61 characters,
// its longest template 1,820), and small enough that nothing accepted reaches a limit
// of the letter: libharu refuses more than 65,535 bytes in one line of text, which a
// text of characters that take no width could otherwise become.
#pragma once

#include <cstddef>
#include <string_view>

namespace kiosk::content {

constexpr std::size_t max_line_characters = 200;        // names, offices, address lines, labels, phrases
constexpr std::size_t max_paragraph_characters = 1000;  // salutations, screen texts, links, sources
constexpr std::size_t max_template_characters = 20000;  // a letter body (about six pages)

// Characters (not bytes) of UTF-8 text.
std::size_t character_count(std::string_view text);

}  // namespace kiosk::content
