// Turns presses, moves and releases into taps and drags. A tap is press and release on
// the same element; moving further than a small slop makes it a drag (no tap); a
// second tap on the same element within a short time is a double tap and is ignored.
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace kiosk::ui {

class TouchGesture {
public:
    using Clock = std::chrono::steady_clock;
    static constexpr float drag_slop = 14.f;  // px a finger may wobble and still tap
    static constexpr std::chrono::milliseconds double_tap_window{300};

    struct Drag {
        std::string area;
        float dx = 0.f, dy = 0.f;  // finger movement since the last drag (or the press)
    };

    // `element` and `area` are what lies under the finger ("" for nothing).
    void press(float x, float y, Clock::time_point now, const std::string& element, const std::string& area);
    std::optional<Drag> move(float x, float y, Clock::time_point now);
    // The element tapped, if this release completes a tap. Keyboard keys are
    // `repeatable`: "ll" in "Hill" is two quick taps on purpose.
    std::optional<std::string> release(const std::string& element_under_finger, Clock::time_point now,
                                       bool repeatable = false);

    bool is_down() const { return down_; }
    bool is_dragging() const { return dragging_; }
    // The element drawn pressed: under a finger that is down and not dragging.
    std::string pressed_element() const { return down_ && !dragging_ ? element_ : ""; }
    // Finger speed at release, px/s, for a fling.
    float velocity_x() const { return velocity_x_; }
    float velocity_y() const { return velocity_y_; }
    const std::string& drag_area() const { return area_; }

private:
    bool down_ = false;
    bool dragging_ = false;
    float start_x_ = 0.f, start_y_ = 0.f, last_x_ = 0.f, last_y_ = 0.f;
    Clock::time_point last_move_{};
    float velocity_x_ = 0.f, velocity_y_ = 0.f;
    std::string element_;
    std::string area_;
    std::string last_tapped_;
    Clock::time_point last_tap_time_{};
};

}  // namespace kiosk::ui
