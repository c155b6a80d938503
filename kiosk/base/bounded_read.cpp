#include "base/bounded_read.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/file_kind.h"
#include "base/shortened.h"

namespace kiosk::base {
namespace {

std::string why(const char* what, const std::filesystem::path& file) {
    return std::string(what) + " " + shortened_path(file.string()) + ": " + std::strerror(errno);
}

// Closes the descriptor on every way out.
struct OpenFile {
    int descriptor;
    ~OpenFile() {
        if (descriptor >= 0) ::close(descriptor);
    }
};

}  // namespace

std::string shown_size(std::size_t bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) return std::to_string(bytes / (1024 * 1024)) + " MB";
    if (bytes >= 1024 && bytes % 1024 == 0) return std::to_string(bytes / 1024) + " KB";
    return std::to_string(bytes) + " bytes";
}

Result<std::string> read_regular_file(const std::filesystem::path& file, std::size_t max_bytes) {
    // O_NONBLOCK: opening a named pipe for reading would wait for a writer forever.
    const OpenFile open_file{::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)};
    if (open_file.descriptor < 0) return failure(why("cannot read", file));
    struct stat status {};
    if (::fstat(open_file.descriptor, &status) != 0) return failure(why("cannot read", file));
    if (!S_ISREG(status.st_mode))
        return failure(shortened_path(file.string()) + " is " + file_kind(status.st_mode) + ", not a file");
    if (static_cast<std::size_t>(status.st_size) > max_bytes)
        return failure(shortened_path(file.string()) + " is too large (at most " + shown_size(max_bytes) + ")");

    // The size is read again as the bytes come: a file that grows while it is read
    // still stops at the limit.
    std::string bytes;
    char buffer[8192];
    for (;;) {
        const ssize_t got = ::read(open_file.descriptor, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return failure(why("cannot read", file));
        if (got == 0) return bytes;
        if (bytes.size() + static_cast<std::size_t>(got) > max_bytes)
            return failure(shortened_path(file.string()) + " is too large (at most " + shown_size(max_bytes) + ")");
        bytes.append(buffer, static_cast<std::size_t>(got));
    }
}

Result<std::string> read_bounded_line(int descriptor, std::size_t max_bytes) {
    // One byte at a time, so that nothing after the line's end is taken from the input.
    std::string line;
    for (;;) {
        char byte = 0;
        const ssize_t got = ::read(descriptor, &byte, 1);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return failure(std::string("cannot read standard input: ") + std::strerror(errno));
        if (got == 0 || byte == '\n') break;
        if (line.size() == max_bytes)
            return failure("the line is longer than " + std::to_string(max_bytes) + " characters");
        line.push_back(byte);
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

}  // namespace kiosk::base
