// Finding USB sticks: the appliance mounts them (read-only, by a udev rule through
// systemd-mount); the kiosk never mounts anything. It watches the mount table
// (/proc/self/mountinfo, which poll() marks with POLLPRI when a mount comes or goes)
// for mounts under a few folders, and lists the packs on each.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace kiosk::install {

struct Stick {
    std::filesystem::path mount_point;
    std::string file_system;                   // "vfat", "exfat", ...
    std::vector<std::filesystem::path> packs;  // packs_on(mount_point)
};

// The packs at the top of a stick: the stick itself or a folder on it when it holds
// pack.yaml, and archive files (.zip, .tar.gz, .tgz). Hidden names are skipped.
std::vector<std::filesystem::path> packs_on(const std::filesystem::path& mount_point);

class StickWatcher {
public:
    // /media, /run/media, and /run/letter-kiosk/usb, where the appliance mounts sticks.
    static std::vector<std::filesystem::path> default_folders();

    // Mounts at or under any of `folders` are sticks. `mount_table` is for tests.
    explicit StickWatcher(std::vector<std::filesystem::path> folders,
                          std::filesystem::path mount_table = "/proc/self/mountinfo");
    ~StickWatcher();
    StickWatcher(const StickWatcher&) = delete;
    StickWatcher& operator=(const StickWatcher&) = delete;

    // For a caller's own poll(): POLLPRI (with POLLERR) means the table changed.
    int descriptor() const { return descriptor_; }
    // Waits up to `timeout_ms` (-1: for ever) for a change; true when there was one.
    bool wait(int timeout_ms) const;

    struct Changes {
        std::vector<Stick> added;
        std::vector<std::filesystem::path> removed;  // mount points
    };
    // Reads the table again. The first call reports every stick already mounted.
    Changes refresh();
    const std::vector<Stick>& sticks() const { return sticks_; }

private:
    std::vector<std::filesystem::path> folders_;
    std::filesystem::path mount_table_;
    int descriptor_ = -1;
    std::vector<Stick> sticks_;
};

}  // namespace kiosk::install
