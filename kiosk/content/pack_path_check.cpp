#include "content/pack_path_check.h"

#include <algorithm>
#include <system_error>

namespace kiosk::content {

namespace fs = std::filesystem;

std::optional<std::string> refuse_pack_path(const fs::path& root, const fs::path& relative) {
    if (relative.empty()) return "the path is empty";
    if (relative.has_root_path()) {
        return "'" + relative.string() + "' is an absolute path; give it relative to the pack folder, like assets/logo.png";
    }
    for (const fs::path& part : relative) {
        if (part == "..") return "'" + relative.string() + "' points outside the pack folder ('..' is not allowed)";
    }

    // Every step is checked, not only the end: a linked folder (assets -> /home) would
    // otherwise carry a harmless-looking path anywhere.
    fs::path step = root;
    for (const fs::path& part : relative) {
        step /= part;
        std::error_code error;
        const fs::file_status status = fs::symlink_status(step, error);
        if (error || status.type() == fs::file_type::not_found) return std::nullopt;
        if (fs::is_symlink(status)) {
            return "'" + relative.string() + "' goes through a symbolic link (" +
                   step.lexically_relative(root).string() + "); links are refused so a pack cannot reach outside its folder";
        }
    }

    std::error_code error;
    fs::path canonical_root = fs::weakly_canonical(root, error);
    const fs::path canonical_path = fs::weakly_canonical(root / relative, error);
    if (error) return std::nullopt;
    if (!canonical_root.has_filename()) canonical_root = canonical_root.parent_path();  // "pack/" -> "pack"
    const auto [root_end, path_next] =
        std::mismatch(canonical_root.begin(), canonical_root.end(), canonical_path.begin(), canonical_path.end());
    (void)path_next;
    if (root_end != canonical_root.end()) return "'" + relative.string() + "' points outside the pack folder";
    return std::nullopt;
}

}  // namespace kiosk::content
