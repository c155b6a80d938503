// Right-to-left text, with FriBidi (Debian: libfribidi-dev): the Unicode
// bidirectional algorithm puts a line in the order it is drawn, left to right, and
// Arabic letters are joined by replacing each with its initial, medial, final or
// isolated presentation form (and lam-alef with its ligature). libharu draws one
// glyph per character with no shaping engine, so joining has to happen in the text
// itself; presentation forms cover Arabic, not Persian or Urdu letters beyond it,
// which print unjoined. Text with no right-to-left character passes untouched.
#pragma once

#include <string>
#include <string_view>

namespace kiosk::letter {

struct ShapedParagraph {
    std::u32string text;  // logical order, Arabic in its joined forms, brackets mirrored where right-to-left
    bool right_to_left = false;  // the paragraph's direction, from its first strong character
};

// `text`: visible_text's output (format characters still in).
ShapedParagraph shape_paragraph(std::u32string text);

// One line of a shaped paragraph, reordered to the order it is drawn in.
std::u32string visual_order(std::u32string_view line, bool right_to_left);

}  // namespace kiosk::letter
