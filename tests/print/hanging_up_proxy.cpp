#include "hanging_up_proxy.h"

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

namespace kiosk::print::testing {
namespace {

constexpr int poll_milliseconds = 20;  // how soon a hang-up or the destructor is noticed

sockaddr_in loopback(int port) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(static_cast<uint16_t>(port));
    return address;
}

bool write_all(int fd, const char* bytes, std::size_t size) {
    while (size > 0) {
        const ssize_t wrote = write(fd, bytes, size);
        if (wrote <= 0) return false;
        bytes += wrote;
        size -= std::size_t(wrote);
    }
    return true;
}

}  // namespace

HangingUpProxy::HangingUpProxy(int upstream_port) : upstream_port_(upstream_port) {
    listener_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    if (listener_ < 0 || bind(listener_, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
        listen(listener_, 16) != 0 || getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        if (listener_ >= 0) close(listener_);
        throw std::runtime_error("the proxy cannot listen on the loopback address");
    }
    port_ = ntohs(address.sin_port);
    taker_ = std::thread([this] { take_connections(); });
}

HangingUpProxy::~HangingUpProxy() {
    stopping_ = true;
    taker_.join();
    for (std::thread& carrier : carriers_) carrier.join();
    close(listener_);
}

void HangingUpProxy::take_connections() {
    while (!stopping_) {
        pollfd waiting{listener_, POLLIN, 0};
        if (poll(&waiting, 1, poll_milliseconds) <= 0) continue;
        const int client = accept(listener_, nullptr, nullptr);
        if (client < 0) continue;
        if (hanging_up_) {
            close(client);
            continue;
        }
        std::lock_guard<std::mutex> lock(carriers_mutex_);
        carriers_.emplace_back([this, client] { carry(client); });
    }
}

// Copies bytes both ways until either side closes, or the proxy hangs up.
void HangingUpProxy::carry(int client) {
    const int upstream = socket(AF_INET, SOCK_STREAM, 0);
    const sockaddr_in address = loopback(upstream_port_);
    if (upstream >= 0 && connect(upstream, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0) {
        pollfd ends[2] = {{client, POLLIN, 0}, {upstream, POLLIN, 0}};
        char buffer[16384];
        while (!stopping_ && !hanging_up_) {
            if (poll(ends, 2, poll_milliseconds) <= 0) continue;
            bool closed = false;
            for (int from = 0; from < 2 && !closed; ++from) {
                if (!(ends[from].revents & (POLLIN | POLLHUP | POLLERR))) continue;
                const ssize_t got = read(ends[from].fd, buffer, sizeof buffer);
                closed = got <= 0 || !write_all(ends[1 - from].fd, buffer, std::size_t(got));
            }
            if (closed) break;
        }
    }
    if (upstream >= 0) close(upstream);
    close(client);
}

}  // namespace kiosk::print::testing
