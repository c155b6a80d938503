// Tells systemd the kiosk is up and its screen still turning (sd_notify): READY=1 once
// the first frame is drawn, then WATCHDOG=1 from the render loop at half the unit's
// WatchdogSec=, so a frozen kiosk is restarted, not only a dead one. Outside systemd
// (no $NOTIFY_SOCKET, no $WATCHDOG_USEC) it does nothing.
#pragma once

#include <chrono>

namespace kiosk::ui {

class ServiceWatchdog {
public:
    using Clock = std::chrono::steady_clock;

    ServiceWatchdog();

    // True when systemd expects WATCHDOG=1: the loop must then wake on a timer rather
    // than wait for a touch that may not come.
    bool enabled() const { return interval_.count() > 0; }

    // Called after every drawn frame and every turn of the loop: READY=1 the first time a
    // frame is drawn, WATCHDOG=1 whenever half the watchdog interval has passed.
    void frame_drawn(Clock::time_point now);
    void loop_turned(Clock::time_point now);

private:
    std::chrono::microseconds interval_{0};  // half of $WATCHDOG_USEC, or 0 when off
    Clock::time_point last_ping_{};
    bool ready_sent_ = false;
};

}  // namespace kiosk::ui
