#include "ui/screens/review_columns.h"

#include <algorithm>

#include "ui/screens/layout_kit.h"

namespace kiosk::ui {
namespace {

// The letter's type sizes (letter_layout_engine.cpp): the body and the smallest print.
constexpr float letter_body_points = 10.f;
constexpr float letter_small_points = 8.f;

}  // namespace

ReviewColumns review_columns(const Metrics& m, const Rect& area) {
    if (m.portrait) {
        const float side_height = std::min(area.height * 0.45f, m.min_target * 5 + m.gap * 6 + m.body * 2);
        const Rect letter{area.x, area.y, area.width, area.height - side_height - m.gap};
        return {letter, {area.x, letter.bottom() + m.gap, area.width, side_height}};
    }
    const float side_width = std::max(m.min_target * 5, area.width * 0.36f);
    const Rect letter{area.x, area.y, area.width - side_width - m.gap * 2, area.height};
    return {letter, {letter.right() + m.gap * 2, area.y, side_width, area.height}};
}

float letter_padding(const Metrics& m) { return m.gap; }

LargeText large_text(const Metrics& m) {
    const float scale = std::max(m.body * 1.15f / letter_body_points, m.small / letter_small_points);
    // Only the columns' widths matter here, and they do not depend on the title above.
    const Rect letter = review_columns(m, content_area(m, m.margin)).letter;
    return {scale, (letter.width - 2 * letter_padding(m)) / scale};
}

}  // namespace kiosk::ui
