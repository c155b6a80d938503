// Checks on a laid-out letter that a reader of the printed page would make: every
// line inside the page's margins, and no two lines printed over each other.
#pragma once

#include <string>
#include <vector>

#include "letter/font_metrics.h"
#include "letter/letter_layout.h"

namespace kiosk::letter::testing {

struct Margins {
    float side = 72.f;  // 1 in
    float top = 54.f;   // 0.75 in
    float bottom = 54.f;
};

// Problems found, in words (empty: none). Each run's box is its measured width by
// its ascent (0.93 em) and descent (0.24 em), as the fonts draw it.
std::vector<std::string> layout_problems(const LetterLayout& layout, const FontMetrics& metrics,
                                         const Margins& margins = {});

}  // namespace kiosk::letter::testing
