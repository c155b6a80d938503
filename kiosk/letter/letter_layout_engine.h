// Layout: places a composed letter on US Letter or A4 pages, measuring every line
// with the real fonts. The result is a pure value (letter_layout.h) that the PDF
// writer and the on-screen preview paint identically.
//
// Where things go (inches from the page's top-left corner):
//   - margins: 1 in left and right, 0.75 in top and bottom (safe on office printers);
//   - sender's address and date: top right, from 0.75 in;
//   - recipient's address: 1 in from the left, first line's top at 2.1 in, at most
//     3.3 in wide. A #10 window envelope (9.5 x 4.125 in; window 4.5 x 1.125 in,
//     0.875 in from its left edge and 0.5 in from its bottom) holding a letter
//     Z-folded in thirds (3.67 in panels) shows 2.04-3.17 in of the page when the
//     letter rests on its bottom fold, as it does once the envelope stands or is
//     sealed. Five lines (2.1-3.0 in) fit that; the first four (2.1-2.6 in) are the
//     usual name, office, street, city. If the letter rides fully up (0.46 in of
//     play), the window shows 2.5-3.6 in and the top line or two can hide.
//     Sideways the letter can slide 1 in; 1.0-4.3 in is inside the window always;
//   - body from about 3.35 in; the running header on later pages; small footer.
#pragma once

#include <string>

#include <tl/expected.hpp>

#include "content/pack.h"
#include "letter/font_metrics.h"
#include "letter/font_set.h"
#include "letter/letter_composer.h"
#include "letter/letter_layout.h"

namespace kiosk::letter {

struct Spacing;    // vertical spacing of the flowing text (letter_layout_engine.cpp)
struct PageFrame;  // where the blocks go: a sheet of paper or a reading column

class LetterLayoutEngine {
public:
    // Throws std::runtime_error when a font cannot be read; `create` says so as a value.
    explicit LetterLayoutEngine(FontSet fonts);
    static tl::expected<LetterLayoutEngine, std::string> create(FontSet fonts);

    // The letter on paper: what prints, and what Review shows as pages.
    LetterLayout lay_out(const ComposedLetter& letter, content::PaperSize paper) const;
    // The same letter, same type and spacing, reflowed into one page `column_width`
    // points wide and as long as the letter: the addresses stacked above the body, no
    // envelope window, no page breaks. Review draws it magnified to fill its column, so
    // large text needs no sideways scrolling. Never printed.
    LetterLayout reflow(const ComposedLetter& letter, float column_width) const;

    const FontSet& fonts() const { return fonts_; }

private:
    LetterLayoutEngine(FontSet fonts, FontMetrics metrics);
    LetterLayout lay_out(const ComposedLetter& letter, const PageFrame& frame, const Spacing& spacing) const;

    FontSet fonts_;
    FontMetrics metrics_;
};

}  // namespace kiosk::letter
