// The service watchdog's timing, with explicit times (no clock of the test's), against
// a real unix datagram socket given as $NOTIFY_SOCKET, as systemd gives one. The real
// kiosk under a watchdog is tested in kiosk_watchdog_test.cpp.
#include "ui/service_watchdog.h"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace kiosk::ui {
namespace {

using namespace std::chrono_literals;
using Clock = ServiceWatchdog::Clock;

const Clock::time_point t0 = Clock::time_point{} + std::chrono::hours(1);

class ServiceWatchdogTiming : public ::testing::Test {
protected:
    void SetUp() override {
        std::filesystem::remove(path_);
        socket_ = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, path_.c_str(), sizeof address.sun_path - 1);
        ASSERT_EQ(bind(socket_, reinterpret_cast<sockaddr*>(&address), sizeof address), 0) << path_;
        setenv("NOTIFY_SOCKET", path_.c_str(), 1);
        setenv("WATCHDOG_USEC", "2000000", 1);  // WatchdogSec=2
        unsetenv("WATCHDOG_PID");
    }
    void TearDown() override {
        unsetenv("NOTIFY_SOCKET");
        unsetenv("WATCHDOG_USEC");
        if (socket_ >= 0) close(socket_);
        std::filesystem::remove(path_);
    }

    // Every message sent since the last call, in order (sd_notify sends before it returns).
    std::vector<std::string> received() {
        std::vector<std::string> messages;
        char buffer[512];
        for (ssize_t size; (size = recv(socket_, buffer, sizeof buffer, 0)) >= 0;) messages.emplace_back(buffer, std::size_t(size));
        return messages;
    }

    const std::filesystem::path path_ =
        std::filesystem::temp_directory_path() / ("watchdog-timing-" + std::to_string(getpid()) + ".sock");
    int socket_ = -1;
};

using Messages = std::vector<std::string>;

TEST_F(ServiceWatchdogTiming, ReadyAtTheFirstFrameThenAPingEachHalfInterval) {
    ServiceWatchdog watchdog;
    ASSERT_TRUE(watchdog.enabled());

    watchdog.loop_turned(t0);
    EXPECT_EQ(received(), Messages{}) << "nothing before the first frame is drawn";
    watchdog.frame_drawn(t0);
    EXPECT_EQ(received(), (Messages{"READY=1", "WATCHDOG=1"}));

    watchdog.loop_turned(t0 + 999ms);
    watchdog.frame_drawn(t0 + 999ms);
    EXPECT_EQ(received(), Messages{}) << "less than half the interval since the last ping";
    watchdog.loop_turned(t0 + 1s);
    EXPECT_EQ(received(), Messages{"WATCHDOG=1"});
    watchdog.loop_turned(t0 + 1900ms);
    EXPECT_EQ(received(), Messages{});
    // A late turn pings at once, and the next half interval counts from it.
    watchdog.loop_turned(t0 + 2500ms);
    EXPECT_EQ(received(), Messages{"WATCHDOG=1"});
    watchdog.loop_turned(t0 + 3400ms);
    EXPECT_EQ(received(), Messages{});
    watchdog.loop_turned(t0 + 3500ms);
    EXPECT_EQ(received(), Messages{"WATCHDOG=1"});
}

TEST_F(ServiceWatchdogTiming, WithoutAWatchdogIntervalOnlyReadyIsSaid) {
    unsetenv("WATCHDOG_USEC");  // Type=notify with no WatchdogSec=
    ServiceWatchdog watchdog;
    EXPECT_FALSE(watchdog.enabled());

    watchdog.frame_drawn(t0);
    watchdog.loop_turned(t0 + 10s);
    EXPECT_EQ(received(), Messages{"READY=1"});
}

}  // namespace
}  // namespace kiosk::ui
