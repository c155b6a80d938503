#include "ui/widgets/theme.h"

#include <algorithm>
#include <cmath>

namespace kiosk::ui {

Metrics metrics_for(float width, float height, float screen_dpi) {
    Metrics m;
    m.width = width;
    m.height = height;
    m.portrait = height > width;
    m.min_target = std::ceil(15.f / 25.4f * screen_dpi);
    const float short_side = std::min(width, height);
    m.margin = std::max(16.f, std::round(short_side * 0.03f));
    m.gap = std::max(10.f, std::round(short_side * 0.015f));
    m.small = 24.f;
    m.body = std::max(24.f, std::round(short_side * 0.034f));
    m.title = std::max(30.f, std::round(short_side * 0.05f));
    m.button_height = std::max(m.min_target, std::round(short_side * 0.1f));
    return m;
}

}  // namespace kiosk::ui
