// Reading one text file of a pack without trusting it: only plain files, of bounded
// size, that are valid UTF-8 without control characters — checked before any parser
// sees a byte, so a hostile or damaged file gives a message, never a crash or a hang.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include <tl/expected.hpp>

#include "content/problem.h"

namespace kiosk::content {

// The largest YAML or template file a pack may have; real ones are a few kilobytes
// (states.yaml, the largest, about 10 kB). yaml-cpp reads about 2 MB a second on a
// slow machine, so this keeps check-content on any file well under a second.
constexpr std::uintmax_t max_text_file_bytes = 1024 * 1024;

// The text of `root / relative`, or the problem with it. Problems name the file as
// `root / relative` exactly as the caller spelled root. Files larger than `max_bytes`
// are refused before a byte is read.
tl::expected<std::string, Problem> read_pack_text_file(const std::filesystem::path& root,
                                                       const std::filesystem::path& relative,
                                                       std::uintmax_t max_bytes = max_text_file_bytes);

}  // namespace kiosk::content
