#include "ui/service_watchdog.h"

#include <cstdint>

#include <systemd/sd-daemon.h>

namespace kiosk::ui {

ServiceWatchdog::ServiceWatchdog() {
    // sd_watchdog_enabled reads $WATCHDOG_USEC (and $WATCHDOG_PID, when set: the unit
    // unsets it for the kiosk, whose parent xinit is the service's main process).
    std::uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) interval_ = std::chrono::microseconds(usec / 2);
}

void ServiceWatchdog::frame_drawn(Clock::time_point now) {
    if (ready_sent_) return;
    ready_sent_ = true;
    // Without $NOTIFY_SOCKET sd_notify returns 0 and sends nothing.
    sd_notify(0, "READY=1");
    loop_turned(now);
}

void ServiceWatchdog::loop_turned(Clock::time_point now) {
    if (!enabled() || !ready_sent_) return;
    if (last_ping_ != Clock::time_point{} && now - last_ping_ < interval_) return;
    last_ping_ = now;
    sd_notify(0, "WATCHDOG=1");
}

}  // namespace kiosk::ui
