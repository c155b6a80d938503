// A TCP proxy on 127.0.0.1 in front of a scheduler that can hang up on the kiosk: after
// hang_up(), every connection it carried is closed and every new one is closed as soon
// as it is taken. What a cupsd that stops or restarts in the middle of a request looks
// like to libcups, without the race of stopping the real one (which, depending on the
// moment, refuses the connection or drops it).
#pragma once

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kiosk::print::testing {

class HangingUpProxy {
public:
    explicit HangingUpProxy(int upstream_port);  // throws std::runtime_error when it cannot listen
    ~HangingUpProxy();
    HangingUpProxy(const HangingUpProxy&) = delete;
    HangingUpProxy& operator=(const HangingUpProxy&) = delete;

    // "127.0.0.1:<port>", for CupsSettings::server.
    std::string server() const { return "127.0.0.1:" + std::to_string(port_); }
    void hang_up() { hanging_up_ = true; }

private:
    void take_connections();
    void carry(int client);

    int upstream_port_;
    int listener_ = -1;
    int port_ = 0;
    std::atomic<bool> hanging_up_{false};
    std::atomic<bool> stopping_{false};
    std::mutex carriers_mutex_;
    std::vector<std::thread> carriers_;
    std::thread taker_;
};

}  // namespace kiosk::print::testing
