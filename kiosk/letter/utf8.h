// UTF-8 to code points and back, for measuring and substituting characters.
// Malformed bytes decode as U+FFFD so a bad string prints visibly, never crashes.
#pragma once

#include <string>
#include <string_view>

namespace kiosk::letter {

constexpr char32_t replacement_character = 0xFFFD;

std::u32string decode_utf8(std::string_view text);
std::string encode_utf8(std::u32string_view text);

}  // namespace kiosk::letter
