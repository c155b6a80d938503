// A rectangle in window pixels. Widgets draw into it and taps are tested against the
// same value, so what a visitor sees is what they can tap.
#pragma once

namespace kiosk::ui {

struct Rect {
    float x = 0.f, y = 0.f, width = 0.f, height = 0.f;

    float right() const { return x + width; }
    float bottom() const { return y + height; }
    bool contains(float px, float py) const { return px >= x && px < right() && py >= y && py < bottom(); }
    bool overlaps(const Rect& other) const {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }
    bool encloses(const Rect& inner, float tolerance = 0.5f) const {
        return inner.x >= x - tolerance && inner.y >= y - tolerance && inner.right() <= right() + tolerance &&
               inner.bottom() <= bottom() + tolerance;
    }
    Rect inset(float by) const { return {x + by, y + by, width - 2 * by, height - 2 * by}; }
    Rect shifted(float dx, float dy) const { return {x + dx, y + dy, width, height}; }
    // The part of this rectangle inside `clip` (zero size when they do not meet).
    Rect clipped_to(const Rect& clip) const;
};

}  // namespace kiosk::ui
