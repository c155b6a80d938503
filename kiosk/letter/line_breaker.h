// Word wrap by measured advance widths: greedy, breaking at spaces, and inside a
// word only when the word alone is wider than the line (a long e-mail address),
// then between grapheme clusters, so an accent or a joined sequence stays whole.
#pragma once

#include <string>
#include <vector>

#include "letter/font_metrics.h"

namespace kiosk::letter {

std::vector<std::u32string> break_lines(std::u32string_view text, const FontMetrics& metrics, FontStyle style,
                                        float size, float max_width);

}  // namespace kiosk::letter
