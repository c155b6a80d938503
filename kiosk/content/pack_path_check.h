// Paths a pack names (its logo, its own files) must stay inside the pack folder, so a
// pack from a USB stick can never make the kiosk read or show anything else.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace kiosk::content {

// Why `relative` may not be used inside the pack at `root` (absolute, climbs out with
// "..", or passes through a symbolic link), or nullopt when it may. A path that does not
// exist is not refused here: the caller says it is missing.
std::optional<std::string> refuse_pack_path(const std::filesystem::path& root, const std::filesystem::path& relative);

}  // namespace kiosk::content
