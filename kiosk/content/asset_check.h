// Images a pack names (its logo) must be real, modest PNG or JPEG files inside the pack.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace kiosk::content {

constexpr int max_image_side_pixels = 4096;                        // a logo needs far less
constexpr std::uintmax_t max_image_file_bytes = 20 * 1024 * 1024;  // keeps the check quick

// Why the image at `root / relative` cannot be used, or nullopt when it can.
std::optional<std::string> refuse_image(const std::filesystem::path& root, const std::filesystem::path& relative);

}  // namespace kiosk::content
