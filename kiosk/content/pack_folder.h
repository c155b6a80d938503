// The sub-folders of a pack that hold one file per recipient or language.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "content/problem.h"

namespace kiosk::content {

// Enough for any real pack (5 recipients x a few languages); bounds a hostile folder.
constexpr int max_folder_entries = 1000;

// The names of the files in `root / folder` ending in `extension` (".yaml"), sorted.
// Hidden files are skipped: macOS leaves "._en.yaml" beside every file it copies to a
// USB stick. A missing, linked or unreadable folder is reported and gives no names.
std::vector<std::string> list_pack_folder(const std::filesystem::path& root, const std::filesystem::path& folder,
                                          const std::string& extension, std::vector<Problem>& problems);

}  // namespace kiosk::content
