// Writing a file so that readers (and a power cut) see either the old content or the
// new, never half of it: write a temporary file beside it, flush it to disk, rename.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <tl/expected.hpp>

namespace kiosk::store {

// Creates missing parent folders. `mode` applies to the new file (0600: only us).
tl::expected<void, std::string> write_file_atomically(const std::filesystem::path& file, std::string_view bytes,
                                                      unsigned mode = 0600);

}  // namespace kiosk::store
