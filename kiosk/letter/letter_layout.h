// A letter laid out on pages: positioned runs of text and ruled lines, computed
// once from font metrics. The PDF painter and the on-screen preview both paint
// this same value, so the review screen shows exactly what will print.
#pragma once

#include <string>
#include <vector>

namespace kiosk::letter {

enum class FontStyle { Regular, Bold, Italic };

// A font file other than the letter's own, for characters the letter's font lacks
// (Arabic, Hebrew, CJK, ...), found through fontconfig (fallback_fonts.h).
struct FontFile {
    std::string path;  // empty: the letter's own font in the run's style
    int face_index = 0;  // the face inside a TrueType collection (.ttc)

    bool empty() const { return path.empty(); }
    bool operator==(const FontFile& other) const { return path == other.path && face_index == other.face_index; }
    bool operator!=(const FontFile& other) const { return !(*this == other); }
};

// All coordinates are PDF points (1/72 inch) from the page's top-left corner, y down.
struct TextRun {
    FontStyle style = FontStyle::Regular;
    float size = 11.f;
    float x = 0.f;
    float baseline = 0.f;
    std::string text;  // UTF-8, in visual order; every character has a glyph in the font (else U+FFFD)
    FontFile font;     // empty: the letter's font in `style`
};

struct Rule {
    float x1 = 0.f, y1 = 0.f, x2 = 0.f, y2 = 0.f;
    float thickness = 0.5f;
};

struct PageLayout {
    std::vector<TextRun> runs;
    std::vector<Rule> rules;
};

struct LetterLayout {
    float page_width = 612.f;  // US Letter
    float page_height = 792.f;
    std::vector<PageLayout> pages;
    // The recipient's address is not known: ruled lines are left to write it by hand.
    bool address_by_hand = false;
};

}  // namespace kiosk::letter
