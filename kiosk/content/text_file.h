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

// The largest YAML or template file a pack may have. The national case sizes it: states.yaml
// with every US county is about 120 kB (the default's, four states, 10 kB), so this is
// eight times that; yaml-cpp reads about 2 MB a second on a slow machine, and the node
// cap (yaml_document.h) ends a file of tiny entries sooner, so any file stays well under
// a second. CSV files have their own caps (zips_reader.h, contacts_reader.h).
constexpr std::uintmax_t max_text_file_bytes = 1024 * 1024;

// The text of `root / relative`, or the problem with it. Problems name the file as
// `root / relative` exactly as the caller spelled root. Files larger than `max_bytes`
// are refused before a byte is read.
tl::expected<std::string, Problem> read_pack_text_file(const std::filesystem::path& root,
                                                       const std::filesystem::path& relative,
                                                       std::uintmax_t max_bytes = max_text_file_bytes);

}  // namespace kiosk::content
