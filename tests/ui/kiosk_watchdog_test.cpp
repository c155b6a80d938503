// The service watchdog as systemd sees it: the real kiosk, given a notify socket the
// test owns ($NOTIFY_SOCKET, as systemd sets for Type=notify units) and a watchdog
// interval ($WATCHDOG_USEC, from WatchdogSec=), says READY=1 once it has drawn, then
// keeps saying WATCHDOG=1 while idle on Welcome; frozen, it falls silent, which is what
// makes systemd restart it.
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
#include "private_cupsd.h"  // eventually

namespace kiosk::ui {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;
using print::testing::eventually;
using testing::KioskDriver;
using testing::KioskLaunch;

// WatchdogSec= for the test, short so that pings come often (every 100 ms, half of it).
// That pings come at half the interval, by the kiosk's clock, service_watchdog_test.cpp
// checks with explicit times; here what systemd relies on is checked by counting.
constexpr auto watchdog_interval = 200ms;

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

    const auto ready = socket.receive(60s);  // only a start that hangs takes this long
    ASSERT_TRUE(ready.has_value()) << "no READY=1; kiosk output:\n" << kiosk.output();
    EXPECT_EQ(*ready, "READY=1");
    kiosk.wait_for("welcome");

    // Idle on Welcome (no touch, no timer of the flow's, no frame drawn): pings keep
    // coming. Counted, not timed; how long they took is this machine's pace right now.
    while (socket.receive(0ms)) {
    }
    constexpr int idle_pings = 10;
    const auto listening = Clock::now();
    for (int i = 0; i < idle_pings; ++i) {
        const auto message = socket.receive(30s);  // only a kiosk that stopped pinging takes this long
        ASSERT_TRUE(message.has_value()) << "the pings stopped after " << i << " while idle";
        EXPECT_EQ(*message, "WATCHDOG=1");
    }
    const auto idle_pinging = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - listening);

    // The freeze seam hangs the loop on the first tap that leaves Welcome (sent without
    // tap(), which would wait for a frame that never comes) and says so first.
    kiosk.tap_repeatedly("welcome.start", 1, 0ms);
    ASSERT_TRUE(eventually([&] { return kiosk.output().find("the loop is frozen") != std::string::npos; }, 30.0))
        << kiosk.output();
    // The loop's thread sends every ping and is stuck now: what is queued was sent before.
    while (socket.receive(0ms)) {
    }
    // Three times as long as the idle pings took: a kiosk that still pinged would send
    // some thirty in that time, whatever the machine's pace.
    EXPECT_FALSE(socket.receive(3 * idle_pinging).has_value()) << "a frozen kiosk still pinged";
    EXPECT_TRUE(kiosk.running());
}

}  // namespace
}  // namespace kiosk::ui
