// A letter laid out on pages: positioned runs of text and ruled lines, computed
// once from font metrics. The PDF painter and the on-screen preview both paint
// this same value, so the review screen shows exactly what will print.
#pragma once

#include <string>
#include <vector>

namespace kiosk::letter {

enum class FontStyle { Regular, Bold, Italic };

// All coordinates are PDF points (1/72 inch) from the page's top-left corner, y down.
struct TextRun {
    FontStyle style = FontStyle::Regular;
    float size = 11.f;
    float x = 0.f;
    float baseline = 0.f;
    std::string text;  // UTF-8; every character has a glyph in the font (else U+FFFD)
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
