#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/file_kind.h"
#include "install/pack_entry_names.h"
#include "install/pack_sources.h"

namespace kiosk::install {
namespace {

namespace fs = std::filesystem;

constexpr const char* pulled = " (was the stick taken out?)";

struct Entry {
    std::string name;  // relative, as on the source
    bool folder = false;
    std::uint64_t size = 0;
};

// Lists `relative` (under `source`) depth first, sorted, within the tree's limits.
// `seen` counts every name read, hidden ones included: reading costs work whatever is kept,
// and a listing cut short would drop the files after it without a word. Cancel stops it
// at the next name.
tl::expected<void, std::string> list(const fs::path& source, const std::string& relative, int depth,
                                     StagingTree& tree, int& seen, std::vector<Entry>& entries) {
    const UnpackLimits& limits = tree.limits();
    const fs::path folder = relative.empty() ? source : source / relative;
    DIR* listing = ::opendir(folder.c_str());
    if (!listing) return tl::make_unexpected("cannot read folder " + folder.string() + ": " + std::strerror(errno) + pulled);
    std::vector<std::string> names;
    errno = 0;
    while (const dirent* entry = ::readdir(listing)) {
        const std::string name = entry->d_name;
        if (name == "." || name == "..") continue;
        if (auto going = tree.keep_going(); !going) {
            ::closedir(listing);
            return going;
        }
        if (++seen > limits.entries) {
            ::closedir(listing);
            return tl::make_unexpected(source.string() + " holds more than " + std::to_string(limits.entries) +
                                       " files and folders (hidden ones count too); a content pack needs far fewer");
        }
        names.push_back(name);
    }
    const int read_error = errno;
    ::closedir(listing);
    if (read_error != 0) return tl::make_unexpected("cannot read folder " + folder.string() + ": " + std::strerror(read_error) + pulled);
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
        if (name.front() == '.') continue;  // hidden files are skipped whatever they are
        const std::string path = relative.empty() ? name : relative + "/" + name;
        struct stat status {};
        if (::lstat((source / path).c_str(), &status) != 0) {
            return tl::make_unexpected("cannot read " + (source / path).string() + ": " + std::strerror(errno) + pulled);
        }
        if (S_ISDIR(status.st_mode)) {
            if (depth >= limits.depth) {
                return tl::make_unexpected((source / path).string() + ": folders nested more than " +
                                           std::to_string(limits.depth) + " deep; a content pack needs far fewer");
            }
            entries.push_back({path, true, 0});
            if (auto inner = list(source, path, depth + 1, tree, seen, entries); !inner) return inner;
        } else if (S_ISREG(status.st_mode)) {
            entries.push_back({path, false, std::uint64_t(status.st_size)});
        } else {
            return tl::make_unexpected((source / path).string() + " is " + base::file_kind(status.st_mode) +
                                       "; a content pack holds only plain files and folders");
        }
    }
    return {};
}

// Opens `name` (relative, '/'-separated) under the folder `root` one component at a time,
// never following a link: a folder swapped for a link after it was listed is refused, not
// followed out of the pack.
int open_under(int root, const std::string& name) {
    int folder = ::dup(root);
    std::size_t start = 0;
    for (std::size_t slash; folder >= 0 && (slash = name.find('/', start)) != std::string::npos; start = slash + 1) {
        const int inner = ::openat(folder, name.substr(start, slash - start).c_str(),
                                   O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        ::close(folder);
        folder = inner;
    }
    if (folder < 0) return -1;
    const int file = ::openat(folder, name.substr(start).c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    ::close(folder);
    return file;
}

tl::expected<void, std::string> copy_file(int root, const std::string& name, const fs::path& from,
                                          const fs::path& relative, StagingTree& tree) {
    const int descriptor = open_under(root, name);
    if (descriptor < 0) {
        if (errno == ENOENT) return tl::make_unexpected(from.string() + " disappeared while it was being copied" + pulled);
        return tl::make_unexpected("cannot read " + from.string() + ": " + std::strerror(errno) + pulled);
    }
    struct stat status {};
    if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(descriptor);
        return tl::make_unexpected(from.string() + " changed while it was being copied" + pulled);
    }
    auto copied = tree.add_file(relative, from.string(), [&](char* buffer, std::size_t size) -> tl::expected<std::size_t, std::string> {
        for (;;) {
            const ssize_t got = ::read(descriptor, buffer, size);
            if (got >= 0) return std::size_t(got);
            if (errno != EINTR) return tl::make_unexpected("cannot read " + from.string() + ": " + std::strerror(errno) + pulled);
        }
    });
    ::close(descriptor);
    return copied;
}

}  // namespace

tl::expected<void, std::string> copy_folder(const fs::path& source, bool case_insensitive, StagingTree& tree) {
    std::vector<Entry> entries;
    int seen = 0;
    if (auto listed = list(source, "", 1, tree, seen, entries); !listed) return listed;
    std::uint64_t total = 0;
    for (const Entry& entry : entries) total += entry.size;
    tree.expect_bytes(total);
    const int root = ::open(source.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (root < 0) return tl::make_unexpected("cannot read folder " + source.string() + ": " + std::strerror(errno) + pulled);
    const std::unique_ptr<const int, void (*)(const int*)> closed(&root, [](const int* fd) { ::close(*fd); });
    for (const Entry& entry : entries) {
        auto relative = checked_entry_path(entry.name, case_insensitive);
        if (!relative) return tl::make_unexpected(relative.error());
        if (!*relative) continue;
        auto added = entry.folder ? tree.add_folder(**relative) : copy_file(root, entry.name, source / entry.name, **relative, tree);
        if (!added) return added;
    }
    return {};
}

}  // namespace kiosk::install
