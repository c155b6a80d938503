#include "ui/widgets/theme.h"

#include <algorithm>
#include <cmath>

namespace kiosk::ui {

Metrics metrics_for(float width, float height, float screen_dpi) {
    Metrics m;
    m.width = width;
    m.height = height;
    m.portrait = height > width;
    m.pixels_per_mm = screen_dpi / 25.4f;
    m.min_target = std::ceil(preferred_target_mm * m.pixels_per_mm);
    m.least_target = least_target_mm * m.pixels_per_mm;
    m.target_gap = target_gap_mm * m.pixels_per_mm;
    const float short_side = std::min(width, height);
    // The edge shrinks on a small panel so that ten keys of the least size, with the gap
    // between them, fit across it (the ZIP digits, a row of the keyboard).
    const float ten_keys = 10 * m.least_target + 9 * m.target_gap;
    m.margin = std::clamp(std::floor((width - ten_keys) / 2), m.pixels_per_mm, std::max(16.f, std::round(short_side * 0.03f)));
    m.gap = std::max({10.f, std::round(short_side * 0.015f), std::ceil(m.target_gap)});
    m.small = 24.f;
    m.body = std::max(24.f, std::round(short_side * 0.034f));
    m.title = std::max(30.f, std::round(short_side * 0.05f));
    m.button_height = std::max(m.min_target, std::round(short_side * 0.1f));
    return m;
}

Metrics at_least_size(const Metrics& metrics) {
    Metrics tight = metrics;
    tight.min_target = metrics.least_target;
    tight.button_height = tight.min_target;
    return tight;
}

}  // namespace kiosk::ui
