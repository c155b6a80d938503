// Reading what the kiosk does not control (a key file, a settings file, a secret on
// standard input) without letting it hang or flood the kiosk: a file is opened without
// blocking and read only when fstat says it is a regular file (a named pipe named as
// `trusted_key` once hung `install-content` and `run`), and nothing is read past a limit.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#include "base/result.h"

namespace kiosk::base {

// The whole of `file` when it is a regular file (or a link to one) of at most
// `max_bytes`; else why not, naming the file: "FILE is a named pipe, not a file",
// "FILE is too large (at most 64 KB)", "cannot read FILE: Permission denied".
Result<std::string> read_regular_file(const std::filesystem::path& file, std::size_t max_bytes);

// One line (without its end) from `descriptor`, reading at most `max_bytes` of it: a
// longer line is refused ("longer than N characters") and the rest of it is not read.
// End of input before any byte is an empty line.
Result<std::string> read_bounded_line(int descriptor, std::size_t max_bytes);

// How a size reads in a message: "64 KB", "3 MB", "512 bytes".
std::string shown_size(std::size_t bytes);

}  // namespace kiosk::base
