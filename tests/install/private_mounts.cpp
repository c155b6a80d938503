#include "private_mounts.h"

#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <exception>
#include <string>

namespace kiosk::install::testing {
namespace {

bool write_text(const char* file, const std::string& text) {
    const int descriptor = ::open(file, O_WRONLY | O_CLOEXEC);
    if (descriptor < 0) return false;
    const bool written = ::write(descriptor, text.data(), text.size()) == ssize_t(text.size());
    ::close(descriptor);
    return written;
}

}  // namespace

bool enter_private_mount_namespace() {
    const uid_t uid = ::getuid();
    const gid_t gid = ::getgid();
    return ::unshare(CLONE_NEWUSER | CLONE_NEWNS) == 0 && write_text("/proc/self/setgroups", "deny") &&
           write_text("/proc/self/uid_map", "0 " + std::to_string(uid) + " 1") &&
           write_text("/proc/self/gid_map", "0 " + std::to_string(gid) + " 1") &&
           ::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
}

int in_private_mount_namespace(const std::function<int()>& scenario) {
    std::fflush(nullptr);
    const pid_t child = ::fork();
    if (child < 0) return -1;
    if (child == 0) {
        int code = no_namespace;
        if (enter_private_mount_namespace()) {
            try {
                code = scenario();
            } catch (const std::exception& error) {
                std::fprintf(stderr, "scenario threw: %s\n", error.what());
                code = 1;
            }
        } else {
            std::perror("unshare");
        }
        std::fflush(nullptr);
        ::_exit(code);
    }
    int status = 0;
    if (::waitpid(child, &status, 0) != child) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

bool mount_tmpfs(const std::string& folder, const std::string& size) {
    return ::mount("tmpfs", folder.c_str(), "tmpfs", 0, ("size=" + size).c_str()) == 0;
}

bool bind_mount(const std::string& from, const std::string& folder) {
    return ::mount(from.c_str(), folder.c_str(), nullptr, MS_BIND, nullptr) == 0;
}

bool remount_read_only(const std::string& folder) {
    return ::mount(nullptr, folder.c_str(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) == 0;
}

bool unmount(const std::string& folder) { return ::umount2(folder.c_str(), 0) == 0; }

}  // namespace kiosk::install::testing
