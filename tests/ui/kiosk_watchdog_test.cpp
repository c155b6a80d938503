// The service watchdog as systemd sees it: the real kiosk, given a notify socket the
// test owns ($NOTIFY_SOCKET, as systemd sets for Type=notify units) and a watchdog
// interval ($WATCHDOG_USEC, from WatchdogSec=), says READY=1 once it has drawn, then
// WATCHDOG=1 well within each interval while idle on Welcome; frozen, it falls silent,
// which is what makes systemd restart it.
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "kiosk_driver.h"

namespace kiosk::ui {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;
using testing::KioskDriver;
using testing::KioskLaunch;

// WatchdogSec=2 in the unit's words: the kiosk must ping within every 2 s (it pings
// every second, half the interval, as sd_watchdog_enabled(3) advises).
constexpr auto watchdog_interval = 2s;

// A unix datagram socket bound to a fresh path, as systemd's notify socket.
class NotifySocket {
public:
    NotifySocket()
        : path_(std::filesystem::temp_directory_path() / ("kiosk-notify-" + std::to_string(getpid()) + ".sock")) {
        std::filesystem::remove(path_);
        fd_ = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, path_.c_str(), sizeof address.sun_path - 1);
        bound_ = fd_ >= 0 && bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    }
    ~NotifySocket() {
        if (fd_ >= 0) close(fd_);
        std::filesystem::remove(path_);
    }
    bool bound() const { return bound_; }
    std::string path() const { return path_.string(); }

    // The next message, or nothing within `timeout`.
    std::optional<std::string> receive(std::chrono::milliseconds timeout) {
        pollfd wait{fd_, POLLIN, 0};
        if (poll(&wait, 1, int(timeout.count())) <= 0) return std::nullopt;
        char buffer[512];
        const ssize_t size = recv(fd_, buffer, sizeof buffer, 0);
        if (size < 0) return std::nullopt;
        return std::string(buffer, std::size_t(size));
    }

private:
    std::filesystem::path path_;
    int fd_ = -1;
    bool bound_ = false;
};

KioskLaunch under_systemd(const NotifySocket& socket) {
    KioskLaunch launch;
    const auto usec = std::chrono::duration_cast<std::chrono::microseconds>(watchdog_interval).count();
    launch.environment = {{"NOTIFY_SOCKET", socket.path()},
                          {"WATCHDOG_USEC", std::to_string(usec)},
                          {"LETTER_KIOSK_INJECT_FAULT", "freeze"}};
    return launch;
}

TEST(KioskWatchdog, ReadyOnceDrawnThenPingsWhileIdleAndSilenceOnceFrozen) {
    NotifySocket socket;
    ASSERT_TRUE(socket.bound()) << socket.path();
    KioskDriver kiosk(under_systemd(socket));

    const auto ready = socket.receive(20s);
    ASSERT_TRUE(ready.has_value()) << "no READY=1 within 20 s; kiosk output:\n" << kiosk.output();
    EXPECT_EQ(*ready, "READY=1");
    kiosk.wait_for("welcome");

    // Idle on Welcome (no touch, no timer of the flow's): pings keep coming.
    std::vector<Clock::time_point> pings;
    const auto listen_until = Clock::now() + 5s;
    while (Clock::now() < listen_until) {
        const auto message = socket.receive(watchdog_interval + 500ms);
        if (!message) break;
        EXPECT_EQ(*message, "WATCHDOG=1");
        pings.push_back(Clock::now());
    }
    ASSERT_GE(pings.size(), 4u) << "expected a ping every second for 5 s";
    for (std::size_t i = 1; i < pings.size(); ++i) {
        EXPECT_LT(pings[i] - pings[i - 1], watchdog_interval) << "gap before ping " << i;
    }

    // The freeze seam hangs the loop on the first tap that leaves Welcome: no more pings,
    // for well over the interval after which systemd would kill and restart it.
    kiosk.tap("welcome.start");
    const auto drain_until = Clock::now() + 3s;  // the pings sent before the tap was handled
    while (Clock::now() < drain_until && socket.receive(1200ms)) {
    }
    EXPECT_FALSE(socket.receive(3 * watchdog_interval).has_value()) << "a frozen kiosk still pinged";
    EXPECT_TRUE(kiosk.running());
}

}  // namespace
}  // namespace kiosk::ui
