// How a pack's files are named in messages: the pack folder as staff typed it, then the
// file inside it, tidied ("./my-pack/templates/x.mustache" reads "my-pack/templates/x.mustache",
// "/home/a/b/../pack" reads "/home/a/pack"). The one place such names are made, so every
// message of every reader names a file the same way.
#pragma once

#include <filesystem>
#include <string>

namespace kiosk::content {

std::string shown_path(const std::filesystem::path& folder, const std::filesystem::path& relative = {});

}  // namespace kiosk::content
