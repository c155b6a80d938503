#include "install/stick_watcher.h"

#include <algorithm>
#include <sstream>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include "base/bounded_read.h"
#include "install/pack_sources.h"

namespace kiosk::install {
namespace {

namespace fs = std::filesystem;

// mountinfo writes a space, tab, newline or backslash in a path as \ and three octal digits.
std::string unescaped(const std::string& field) {
    std::string text;
    for (std::size_t i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            const std::string digits = field.substr(i + 1, 3);
            if (digits.find_first_not_of("01234567") == std::string::npos) {
                text += char(std::stoi(digits, nullptr, 8));
                i += 3;
                continue;
            }
        }
        text += field[i];
    }
    return text;
}

bool is_at_or_under(const fs::path& path, const fs::path& folder) {
    const auto relative = path.lexically_relative(folder);
    return !relative.empty() && *relative.begin() != "..";
}

// The most of the mount table read: a machine with thousands of mounts has a few hundred
// KB. A larger one (or a table that is no file, like /dev/zero) is not read on and
// shows no stick, rather than the kiosk reading without end.
constexpr std::size_t max_table_bytes = 4 * 1024 * 1024;

struct Mount {
    fs::path point;
    std::string file_system;
};

std::vector<Mount> read_mounts(const fs::path& table) {
    std::vector<Mount> mounts;
    const auto text = base::read_regular_file(table, max_table_bytes);
    if (!text) return mounts;
    std::istringstream in(*text);
    for (std::string line; std::getline(in, line);) {
        // id parent major:minor root mount-point options [optional fields...] - type source super-options
        std::istringstream fields(line);
        std::string id, parent, device, root, point, options, field, type;
        if (!(fields >> id >> parent >> device >> root >> point >> options)) continue;
        while (fields >> field && field != "-") {
        }
        fields >> type;
        mounts.push_back({unescaped(point), type});
    }
    return mounts;
}

}  // namespace

std::vector<fs::path> packs_on(const fs::path& mount_point) {
    std::vector<fs::path> packs;
    std::error_code error;
    if (fs::is_regular_file(mount_point / "pack.yaml", error)) packs.push_back(mount_point);
    int looked_at = 0;
    for (fs::directory_iterator it(mount_point, error), end; !error && it != end && ++looked_at <= 1000;
         it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (name.empty() || name.front() == '.') continue;
        const auto status = it->symlink_status(error);
        if (fs::is_directory(status) && fs::is_regular_file(it->path() / "pack.yaml", error)) packs.push_back(it->path());
        else if (fs::is_regular_file(status) && is_pack_archive_name(it->path())) packs.push_back(it->path());
    }
    std::sort(packs.begin(), packs.end());
    return packs;
}

std::vector<fs::path> StickWatcher::default_folders() { return {"/media", "/run/media", "/run/letter-kiosk/usb"}; }

StickWatcher::StickWatcher(std::vector<fs::path> folders, fs::path mount_table)
    : folders_(std::move(folders)), mount_table_(std::move(mount_table)),
      // O_NONBLOCK: a named pipe given as the table would otherwise wait for a writer.
      descriptor_(::open(mount_table_.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)) {}

StickWatcher::~StickWatcher() {
    if (descriptor_ >= 0) ::close(descriptor_);
}

bool StickWatcher::wait(int timeout_ms) const {
    if (descriptor_ < 0) return false;
    pollfd watched{descriptor_, POLLPRI, 0};
    return ::poll(&watched, 1, timeout_ms) > 0 && (watched.revents & (POLLPRI | POLLERR)) != 0;
}

StickWatcher::Changes StickWatcher::refresh() {
    // The kernel marks the table changed until it is read again from the start.
    if (descriptor_ >= 0) {
        char buffer[4096];
        ::lseek(descriptor_, 0, SEEK_SET);
        for (std::size_t drained = 0; drained < max_table_bytes;) {
            const ssize_t got = ::read(descriptor_, buffer, sizeof buffer);
            if (got <= 0) break;
            drained += static_cast<std::size_t>(got);
        }
    }
    std::vector<Mount> mounted;
    for (const Mount& mount : read_mounts(mount_table_)) {
        const bool watched = std::any_of(folders_.begin(), folders_.end(),
                                         [&](const fs::path& folder) { return is_at_or_under(mount.point, folder); });
        if (watched) mounted.push_back(mount);
    }
    Changes changes;
    std::vector<Stick> now;
    for (const Mount& mount : mounted) {
        const auto known = std::find_if(sticks_.begin(), sticks_.end(), [&](const Stick& s) { return s.mount_point == mount.point; });
        if (known != sticks_.end()) {
            now.push_back(*known);
        } else if (std::none_of(now.begin(), now.end(), [&](const Stick& s) { return s.mount_point == mount.point; })) {
            now.push_back({mount.point, mount.file_system, packs_on(mount.point)});
            changes.added.push_back(now.back());
        }
    }
    for (const Stick& stick : sticks_) {
        if (std::none_of(now.begin(), now.end(), [&](const Stick& s) { return s.mount_point == stick.mount_point; }))
            changes.removed.push_back(stick.mount_point);
    }
    sticks_ = std::move(now);
    return changes;
}

}  // namespace kiosk::install
