// The serif font files a letter is set in. The layout engine measures with them,
// the PDF writer embeds them and the on-screen preview draws with them, so all
// three agree. Prefers the build-time subsets (assets/CMakeLists.txt), which keep
// PDFs small and fast, and falls back to the system's DejaVu or Liberation Serif.
#pragma once

#include <filesystem>
#include <string>

#include <tl/expected.hpp>

namespace kiosk::letter {

struct FontSet {
    std::filesystem::path regular, bold, italic;
};

tl::expected<FontSet, std::string> find_fonts();

}  // namespace kiosk::letter
