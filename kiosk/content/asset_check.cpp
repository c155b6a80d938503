#include "content/asset_check.h"

#include <cstring>
#include <fstream>
#include <system_error>
#include <vector>

#include <stb/stb_image.h>

#include "content/pack_path_check.h"

namespace kiosk::content {

namespace fs = std::filesystem;

namespace {

bool starts_with(const std::vector<unsigned char>& bytes, std::initializer_list<unsigned char> magic) {
    return bytes.size() >= magic.size() && std::equal(magic.begin(), magic.end(), bytes.begin());
}

}  // namespace

std::optional<std::string> refuse_image(const fs::path& root, const fs::path& relative) {
    if (auto refusal = refuse_pack_path(root, relative)) return refusal;
    const fs::path path = root / relative;
    const std::string named = "'" + relative.string() + "'";
    std::error_code error;
    const fs::file_status status = fs::symlink_status(path, error);
    if (status.type() == fs::file_type::not_found) return named + " is missing from the pack";
    if (error) return named + " cannot be read: " + error.message();
    if (!fs::is_regular_file(status)) return named + " is not an image file";
    const std::uintmax_t size = fs::file_size(path, error);
    if (error) return named + " cannot be read: " + error.message();
    if (size > max_image_file_bytes) {
        return named + " is too large a file (the limit is " + std::to_string(max_image_file_bytes / (1024 * 1024)) +
               " MB)";
    }

    std::ifstream in(path, std::ios::binary);
    std::vector<unsigned char> bytes(static_cast<std::size_t>(size));
    in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!in) return named + " cannot be read: " + std::strerror(errno);

    // The magic bytes decide the format, not the file name: a renamed GIF or SVG would
    // not draw on the kiosk.
    const bool png = starts_with(bytes, {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    const bool jpeg = starts_with(bytes, {0xFF, 0xD8, 0xFF});
    if (!png && !jpeg) return named + " is not a PNG or JPEG image";

    int width = 0;
    int height = 0;
    int channels = 0;
    if (!stbi_info_from_memory(bytes.data(), static_cast<int>(bytes.size()), &width, &height, &channels)) {
        return named + " is a damaged " + (png ? "PNG" : "JPEG") + " image";
    }
    if (width > max_image_side_pixels || height > max_image_side_pixels) {
        return named + " is " + std::to_string(width) + "x" + std::to_string(height) + " pixels; the limit is " +
               std::to_string(max_image_side_pixels) + " on each side";
    }
    return std::nullopt;
}

}  // namespace kiosk::content
