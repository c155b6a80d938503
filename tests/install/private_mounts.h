// Real mounts for tests, without root: a child process enters a user and mount
// namespace of its own (unprivileged user namespaces, on by default in Debian 12),
// where it may mount tmpfs and bind mounts that no one else sees and that vanish with it.
#pragma once

#include <cstdio>
#include <functional>
#include <string>

// In a scenario (a child process, where GoogleTest's assertions are not seen): says
// what failed on stderr and ends the scenario with exit code 1.
#define REQUIRE(condition)                                                                 \
    do {                                                                                   \
        if (!(condition)) {                                                                \
            std::fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__, #condition); \
            return 1;                                                                      \
        }                                                                                  \
    } while (0)

namespace kiosk::install::testing {

// Exit code of a child that could not get a namespace (the kernel or a container
// forbids them): the test skips with a message.
constexpr int no_namespace = 77;

// Moves this process (single-threaded: call it first in main) into private user and
// mount namespaces; the programs it starts share them. False when forbidden.
bool enter_private_mount_namespace();

// Runs `scenario` in a forked child inside private namespaces; returns its exit code
// (0 when all went well; a scenario reports what failed on stderr and exits non-zero).
int in_private_mount_namespace(const std::function<int()>& scenario);

// mount(2) of a tmpfs of `size` ("1m") at `folder`, or a bind mount of `from` at `folder`.
bool mount_tmpfs(const std::string& folder, const std::string& size);
bool bind_mount(const std::string& from, const std::string& folder);
// Makes the mount at `folder` read-only, as a stick mounted `ro` is.
bool remount_read_only(const std::string& folder);
bool unmount(const std::string& folder);

}  // namespace kiosk::install::testing
