#include "ui/touch_gesture.h"

#include <cmath>

namespace kiosk::ui {

void TouchGesture::press(float x, float y, Clock::time_point now, const std::string& element, const std::string& area) {
    down_ = true;
    dragging_ = false;
    start_x_ = last_x_ = x;
    start_y_ = last_y_ = y;
    last_move_ = now;
    velocity_x_ = velocity_y_ = 0.f;
    element_ = element;
    area_ = area;
}

std::optional<TouchGesture::Drag> TouchGesture::move(float x, float y, Clock::time_point now) {
    if (!down_) return std::nullopt;
    if (!dragging_) {
        if (area_.empty() || std::hypot(x - start_x_, y - start_y_) < drag_slop) return std::nullopt;
        dragging_ = true;  // from here on the finger scrolls and the press will not tap
    }
    const float dx = x - last_x_, dy = y - last_y_;
    const float seconds = std::chrono::duration<float>(now - last_move_).count();
    if (seconds > 0.f) {
        // Smoothed, so one jittery sample does not decide the fling.
        velocity_x_ = 0.6f * (dx / seconds) + 0.4f * velocity_x_;
        velocity_y_ = 0.6f * (dy / seconds) + 0.4f * velocity_y_;
    }
    last_x_ = x;
    last_y_ = y;
    last_move_ = now;
    return Drag{area_, dx, dy};
}

std::optional<std::string> TouchGesture::release(const std::string& element_under_finger, Clock::time_point now,
                                                 bool repeatable) {
    if (!down_) return std::nullopt;
    down_ = false;
    if (dragging_) {
        // A finger that stopped before lifting should not fling.
        if (now - last_move_ > std::chrono::milliseconds(80)) velocity_x_ = velocity_y_ = 0.f;
        return std::nullopt;
    }
    velocity_x_ = velocity_y_ = 0.f;
    if (element_.empty() || element_under_finger != element_) return std::nullopt;
    if (!repeatable && element_ == last_tapped_ && now - last_tap_time_ < double_tap_window) return std::nullopt;
    last_tapped_ = element_;
    last_tap_time_ = now;
    return element_;
}

}  // namespace kiosk::ui
