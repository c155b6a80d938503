// Small UTF-8 text operations the on-screen keyboard needs.
#pragma once

#include <cstddef>
#include <string>

namespace kiosk::ui::flow {

// The capital of one keyboard key ("ñ" → "Ñ"); other text is returned as it is.
std::string upper_case_key(const std::string& key);
// Length in characters, not bytes: "Núñez" counts as five.
std::size_t utf8_length(const std::string& text);
// Removes the last character, however many bytes it takes.
void erase_last_character(std::string& text);

}  // namespace kiosk::ui::flow
