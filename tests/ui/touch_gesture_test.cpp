#include "ui/touch_gesture.h"

#include <gtest/gtest.h>

namespace kiosk::ui {
namespace {

using std::chrono::milliseconds;
using Clock = TouchGesture::Clock;

const Clock::time_point t0 = Clock::time_point{} + std::chrono::hours(1);

TEST(TouchGesture, PressAndReleaseOnTheSameElementIsATap) {
    TouchGesture gesture;
    gesture.press(10, 10, t0, "nav.next", "");
    EXPECT_EQ(gesture.pressed_element(), "nav.next");
    EXPECT_EQ(gesture.release("nav.next", t0 + milliseconds(80)), "nav.next");
    EXPECT_EQ(gesture.pressed_element(), "");
}

TEST(TouchGesture, ReleasingElsewhereTapsNothing) {
    TouchGesture gesture;
    gesture.press(10, 10, t0, "nav.next", "");
    EXPECT_FALSE(gesture.release("nav.back", t0 + milliseconds(80)));
}

TEST(TouchGesture, DraggingAListScrollsItAndTapsNothing) {
    TouchGesture gesture;
    gesture.press(100, 300, t0, "county.Boone County", "where.counties");
    EXPECT_FALSE(gesture.move(102, 297, t0 + milliseconds(10)));  // a wobble, still a tap
    const auto drag = gesture.move(100, 250, t0 + milliseconds(30));
    ASSERT_TRUE(drag);
    EXPECT_EQ(drag->area, "where.counties");
    EXPECT_FLOAT_EQ(drag->dy, -50.f);  // from the press: the list catches up with the finger
    EXPECT_EQ(gesture.pressed_element(), "");
    EXPECT_FALSE(gesture.release("county.Boone County", t0 + milliseconds(40)));
    EXPECT_LT(gesture.velocity_y(), -1000.f);  // fast upward flick: a fling follows
}

TEST(TouchGesture, MovingOutsideAScrollAreaNeverDrags) {
    TouchGesture gesture;
    gesture.press(100, 300, t0, "nav.next", "");
    EXPECT_FALSE(gesture.move(100, 200, t0 + milliseconds(30)));
    EXPECT_FALSE(gesture.release("nav.back", t0 + milliseconds(40)));
}

TEST(TouchGesture, ASecondTapOnTheSameButtonWithin300msIsIgnored) {
    TouchGesture gesture;
    gesture.press(10, 10, t0, "review.print", "");
    EXPECT_TRUE(gesture.release("review.print", t0 + milliseconds(50)));
    gesture.press(10, 10, t0 + milliseconds(150), "review.print", "");
    EXPECT_FALSE(gesture.release("review.print", t0 + milliseconds(200)));
    gesture.press(10, 10, t0 + milliseconds(600), "review.print", "");
    EXPECT_TRUE(gesture.release("review.print", t0 + milliseconds(650)));
}

TEST(TouchGesture, KeysMayBeTappedTwiceQuickly) {
    TouchGesture gesture;
    gesture.press(10, 10, t0, "key.l", "");
    EXPECT_TRUE(gesture.release("key.l", t0 + milliseconds(50), true));
    gesture.press(10, 10, t0 + milliseconds(120), "key.l", "");
    EXPECT_TRUE(gesture.release("key.l", t0 + milliseconds(170), true));
}

}  // namespace
}  // namespace kiosk::ui
