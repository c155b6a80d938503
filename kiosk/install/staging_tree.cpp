#include "install/staging_tree.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kiosk::install {
namespace {

namespace fs = std::filesystem;

std::string failed(const std::string& what, const fs::path& path) {
    return what + " " + path.string() + ": " + std::strerror(errno);
}

// A descriptor closed whatever way the function leaves.
struct Descriptor {
    int value = -1;
    ~Descriptor() {
        if (value >= 0) ::close(value);
    }
};

bool write_all(int descriptor, const char* bytes, std::size_t size) {
    while (size > 0) {
        const ssize_t written = ::write(descriptor, bytes, size);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) {
            if (written == 0) errno = ENOSPC;
            return false;
        }
        bytes += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}

std::string megabytes(std::uint64_t bytes) { return std::to_string(bytes / (1024 * 1024)) + " MB"; }

}  // namespace

StagingTree::StagingTree(fs::path root, DiskSteps& steps, UnpackLimits limits, ProgressCallback progress,
                         const std::atomic<bool>* cancel, Sync sync)
    : root_(std::move(root)), steps_(steps), limits_(limits), report_(std::move(progress)), cancel_(cancel), sync_(sync) {}

void StagingTree::begin_step(std::string step) {
    progress_.step = std::move(step);
    if (report_) report_(progress_);
}

tl::expected<void, std::string> StagingTree::keep_going() {
    if (cancel_ && cancel_->load()) cancelled_ = true;
    if (cancelled_) return tl::make_unexpected(stopped_message);
    return {};
}

tl::expected<void, std::string> StagingTree::count_entry(const fs::path& relative) {
    if (++entries_ > limits_.entries) {
        return tl::make_unexpected("the pack has more than " + std::to_string(limits_.entries) +
                                   " files and folders; a content pack needs far fewer");
    }
    const auto depth = std::distance(relative.begin(), relative.end());
    if (depth > limits_.depth) {
        return tl::make_unexpected(relative.string() + ": folders nested more than " + std::to_string(limits_.depth) +
                                   " deep; a content pack needs far fewer");
    }
    return {};
}

tl::expected<void, std::string> StagingTree::make_parents(const fs::path& relative) {
    fs::path folder;
    for (auto part = relative.begin(); part != relative.end() && std::next(part) != relative.end(); ++part) {
        folder /= *part;
        if (std::find(folders_.begin(), folders_.end(), folder) != folders_.end()) continue;
        if (auto made = add_folder(folder); !made) return made;
    }
    return {};
}

tl::expected<void, std::string> StagingTree::add_folder(const fs::path& relative) {
    if (auto going = keep_going(); !going) return going;
    if (std::find(folders_.begin(), folders_.end(), relative) != folders_.end()) return {};
    if (auto parents = make_parents(relative); !parents) return parents;
    if (auto counted = count_entry(relative); !counted) return counted;
    const fs::path path = root_ / relative;
    if (auto fault = steps_.next("cannot make folder", path)) return tl::make_unexpected(*fault);
    if (::mkdir(path.c_str(), 0755) != 0) {
        if (errno == EEXIST) return tl::make_unexpected(relative.string() + " is in the pack twice");
        return tl::make_unexpected(failed("cannot make folder", path));
    }
    folders_.push_back(relative);
    return {};
}

tl::expected<void, std::string> StagingTree::add_file(const fs::path& relative, const std::string& shown,
                                                      const ChunkReader& read) {
    if (auto going = keep_going(); !going) return going;
    if (auto parents = make_parents(relative); !parents) return parents;
    if (auto counted = count_entry(relative); !counted) return counted;
    const fs::path path = root_ / relative;
    if (auto fault = steps_.next("cannot create", path)) return tl::make_unexpected(*fault);
    Descriptor file{::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644)};
    if (file.value < 0) {
        if (errno == EEXIST) return tl::make_unexpected(shown + " is in the pack twice");
        return tl::make_unexpected(failed("cannot create", path));
    }
    constexpr std::size_t chunk = 64 * 1024;
    const auto buffer = std::make_unique<char[]>(chunk);
    std::uint64_t file_bytes = 0;
    for (;;) {
        // Each block, not each file: one file of a hostile pack may be 20 MB of slow inflating.
        if (auto going = keep_going(); !going) return going;
        const auto got = read(buffer.get(), chunk);
        if (!got) return tl::make_unexpected(got.error());
        if (*got == 0) break;
        file_bytes += *got;
        progress_.bytes_done += *got;
        // Counted as written, never as an archive declares: a declared size can lie.
        if (file_bytes > limits_.file_bytes) {
            return tl::make_unexpected(shown + " is larger than " + megabytes(limits_.file_bytes) +
                                       "; a content pack's files are far smaller");
        }
        if (progress_.bytes_done > limits_.total_bytes) {
            return tl::make_unexpected("the pack is larger than " + megabytes(limits_.total_bytes) +
                                       " in all; a content pack is far smaller");
        }
        if (auto fault = steps_.next("cannot write", path)) return tl::make_unexpected(*fault);
        if (!write_all(file.value, buffer.get(), *got)) return tl::make_unexpected(failed("cannot write", path));
    }
    if (sync_ == Sync::ToDisk) {
        if (auto flushed = steps_.flush("cannot flush", path, file.value)) return tl::make_unexpected(*flushed);
    }
    ++progress_.files_done;
    if (report_) report_(progress_);
    return {};
}

tl::expected<void, std::string> StagingTree::flush_folders() {
    if (sync_ == Sync::None) return {};
    std::vector<fs::path> folders = folders_;
    folders.push_back({});  // the root last
    std::stable_sort(folders.begin(), folders.end(), [](const fs::path& a, const fs::path& b) {
        return std::distance(a.begin(), a.end()) > std::distance(b.begin(), b.end());
    });
    for (const fs::path& relative : folders) {
        const fs::path path = relative.empty() ? root_ : root_ / relative;
        Descriptor folder{::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
        if (folder.value < 0) return tl::make_unexpected(failed("cannot flush folder", path));
        if (auto flushed = steps_.flush("cannot flush folder", path, folder.value)) return tl::make_unexpected(*flushed);
    }
    return {};
}

}  // namespace kiosk::install
