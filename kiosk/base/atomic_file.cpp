#include "base/atomic_file.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/file_kind.h"
#include "base/shortened.h"

#include "base/stick_file_system.h"

namespace kiosk::base {
namespace {

std::string describe(const std::string& what, const std::filesystem::path& file) {
    return what + " " + shortened_path(file.string()) + ": " + std::strerror(errno);
}

bool write_all(int descriptor, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t written = ::write(descriptor, bytes.data(), bytes.size());
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return false;
        bytes.remove_prefix(static_cast<size_t>(written));
    }
    return true;
}

// A stick's FAT keeps no modes: every file there has the one its mount gives, and
// asking for another fails with EPERM. That is the stick's nature, not a failure.
bool set_mode(int descriptor, unsigned mode) {
    if (::fchmod(descriptor, mode) == 0) return true;
    const int error = errno;
    if (mode_refusal_is_harmless(error, stick_file_system_of(descriptor))) return true;
    errno = error;
    return false;
}

// Makes a rename in the folder of `file` durable: sync the folder entry.
void flush_folder_of(const std::filesystem::path& file) {
    const std::filesystem::path folder = file.parent_path().empty() ? "." : file.parent_path();
    if (const int descriptor = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); descriptor >= 0) {
        ::fsync(descriptor);
        ::close(descriptor);
    }
}

}  // namespace

std::optional<std::string> refuse_to_replace(const std::filesystem::path& file) {
    struct stat status {};
    if (::stat(file.c_str(), &status) != 0) {
        if (errno == ENOENT) return std::nullopt;  // a new file (or a link to nothing, which is replaced)
        return describe("cannot use", file);
    }
    if (S_ISREG(status.st_mode)) return std::nullopt;
    return shortened_path(file.string()) + " is " + file_kind(status.st_mode) + ", not a file; it was left as it is";
}

tl::expected<void, std::string> write_file_atomically(const std::filesystem::path& file, std::string_view bytes,
                                                      unsigned mode) {
    if (auto refusal = refuse_to_replace(file)) return tl::make_unexpected(*refusal);
    std::error_code error;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), error);
    if (error) return tl::make_unexpected("cannot create folder " + file.parent_path().string() + ": " + error.message());

    // mkstemp gives a name no one else uses, in the same folder so rename() is atomic.
    std::string temporary = (file.parent_path() / ("." + file.filename().string() + ".XXXXXX")).string();
    const int descriptor = ::mkstemp(temporary.data());
    if (descriptor < 0) return tl::make_unexpected(describe("cannot write in", file.parent_path()));

    const bool written = set_mode(descriptor, mode) && write_all(descriptor, bytes) && ::fsync(descriptor) == 0;
    const std::string failure = written ? "" : describe("cannot write", file);
    ::close(descriptor);
    if (!written || ::rename(temporary.c_str(), file.c_str()) != 0) {
        const std::string message = written ? describe("cannot replace", file) : failure;
        ::unlink(temporary.c_str());
        return tl::make_unexpected(message);
    }
    flush_folder_of(file);
    return {};
}

tl::expected<void, std::string> write_link_atomically(const std::filesystem::path& link,
                                                      const std::filesystem::path& target) {
    const std::filesystem::path temporary = link.parent_path() / ("." + link.filename().string() + ".new");
    ::unlink(temporary.c_str());  // left by a crash
    if (::symlink(target.c_str(), temporary.c_str()) != 0) return tl::make_unexpected(describe("cannot make link", temporary));
    if (::rename(temporary.c_str(), link.c_str()) != 0) {
        const std::string message = describe("cannot switch", link);
        ::unlink(temporary.c_str());
        return tl::make_unexpected(message);
    }
    flush_folder_of(link);
    return {};
}

tl::expected<std::filesystem::path, std::string> write_first_free_numbered_file(const std::string& stem,
                                                                               std::string_view bytes, unsigned mode) {
    for (int number = 1; number <= 10000; ++number) {
        const std::filesystem::path copy = stem + std::to_string(number);
        const int descriptor = ::open(copy.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode);
        if (descriptor < 0 && errno == EEXIST) continue;
        if (descriptor < 0) return tl::make_unexpected(describe("cannot write", copy));
        const bool written = write_all(descriptor, bytes) && ::fsync(descriptor) == 0;
        const std::string why = describe("cannot write", copy);
        ::close(descriptor);
        if (!written) {
            ::unlink(copy.c_str());
            return tl::make_unexpected(why);
        }
        flush_folder_of(copy);
        return copy;
    }
    return tl::make_unexpected("cannot write " + stem + "N: 10000 copies are already kept");
}

}  // namespace kiosk::base
