#include "ui/widgets/rect.h"

#include <algorithm>

namespace kiosk::ui {

Rect Rect::clipped_to(const Rect& clip) const {
    const float left = std::max(x, clip.x);
    const float top = std::max(y, clip.y);
    const float r = std::min(right(), clip.right());
    const float b = std::min(bottom(), clip.bottom());
    return {left, top, std::max(0.f, r - left), std::max(0.f, b - top)};
}

}  // namespace kiosk::ui
