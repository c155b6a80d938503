#include "content/text_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <system_error>

#include <utf8.h>

#include "content/pack_path_check.h"
#include "content/shown_path.h"

namespace kiosk::content {

namespace fs = std::filesystem;

namespace {

std::string megabytes(std::uintmax_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return text;
}

std::string too_large(std::uintmax_t bytes, std::uintmax_t limit) {
    return "file too large (" + megabytes(bytes) + "; the limit is " + megabytes(limit) + ")";
}

// 1-based line and column (in characters) of byte `offset`, all bytes before it valid UTF-8.
std::pair<int, int> place_of(const std::string& bytes, std::size_t offset) {
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) {  // continuation bytes do not start a character
            ++column;
        }
    }
    return {line, column};
}

// Why `bytes` is not acceptable text, placed at the first bad byte; nullopt when it is.
std::optional<Problem> refuse_text_bytes(const std::string& bytes, const std::string& file) {
    const auto invalid = utf8::find_invalid(bytes.begin(), bytes.end());
    if (invalid != bytes.end()) {
        const auto offset = static_cast<std::size_t>(invalid - bytes.begin());
        const auto [line, column] = place_of(bytes, offset);
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(*invalid));
        return Problem{file, line, column,
                       std::string("not valid UTF-8 text (byte ") + byte + "); save the file as UTF-8"};
    }
    // YAML forbids control characters other than tab and line breaks; a NUL usually means
    // a binary or damaged file, and refusing it here keeps it from ever reaching the letter.
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7F) {
            const auto [line, column] = place_of(bytes, i);
            char code[16];
            std::snprintf(code, sizeof code, "U+%04X", byte);
            return Problem{file, line, column, std::string("contains control character ") + code +
                                                   "; is this really a text file?"};
        }
    }
    return std::nullopt;
}

}  // namespace

tl::expected<std::string, Problem> read_pack_text_file(const fs::path& root, const fs::path& relative,
                                                       std::uintmax_t max_bytes) {
    const fs::path path = root / relative;
    const std::string file = shown_path(root, relative);
    auto refuse = [&](std::string message) { return tl::unexpected(Problem{file, 0, 0, std::move(message)}); };

    if (auto refusal = refuse_pack_path(root, relative)) return refuse(*refusal);
    std::error_code error;
    const fs::file_status status = fs::symlink_status(path, error);
    if (status.type() == fs::file_type::not_found) return refuse("file missing");
    if (error) return refuse("cannot be read: " + error.message());
    if (fs::is_directory(status)) return refuse("is a folder, but a file was expected here");
    // Opening a FIFO or a device would block or never end.
    if (!fs::is_regular_file(status)) return refuse("is not a regular file");
    const std::uintmax_t size = fs::file_size(path, error);
    if (error) return refuse("cannot be read: " + error.message());
    if (size > max_bytes) return refuse(too_large(size, max_bytes));

    std::ifstream in(path, std::ios::binary);
    if (!in) return refuse(std::string("cannot be read: ") + std::strerror(errno));
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    // The file may have grown since file_size: keep reading, but never past the limit.
    char more[4096];
    while (!in.bad() && in.read(more, sizeof more).gcount() > 0) {
        bytes.append(more, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > max_bytes) return refuse(too_large(bytes.size(), max_bytes));
    }
    if (in.bad()) return refuse(std::string("cannot be read: ") + std::strerror(errno));

    if (auto refusal = refuse_text_bytes(bytes, file)) return tl::unexpected(*refusal);
    return bytes;
}

}  // namespace kiosk::content
