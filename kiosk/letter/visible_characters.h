// Which characters of a text reach the page: decided here, once, for every field the
// layout engine places (a visitor's name and address, a pack's names and phrases).
//   - Line and paragraph separators, tabs and other line ends are spaces.
//   - Control characters (C0, DEL, C1) and the invisible "default ignorable"
//     characters (zero-width space, byte order mark, soft hyphen, word joiner,
//     variation selectors, tags, ...) are dropped: they would print as U+FFFD boxes.
//   - Format characters are honoured, then dropped: the bidirectional controls (LRM,
//     RLM, ALM, embeddings, overrides, isolates) by the reordering and the joiners
//     (ZWJ, ZWNJ) by Arabic joining (bidi_text.h). They measure zero width.
//   - The rest is put in Unicode's composed form (NFC), so that a name typed with
//     combining accents ("Nguyễn" as e + U+0302 + U+0303) uses the precomposed
//     letters fonts have.
#pragma once

#include <string>
#include <string_view>

namespace kiosk::letter {

// `text` (UTF-8; malformed bytes become U+FFFD) as it will be printed, in logical
// order, format characters still in.
std::u32string visible_text(std::string_view text);

bool is_format_character(char32_t c);
void drop_format_characters(std::u32string& text);

}  // namespace kiosk::letter
