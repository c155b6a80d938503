#include "content/shown_path.h"

namespace kiosk::content {

std::string shown_path(const std::filesystem::path& folder, const std::filesystem::path& relative) {
    std::string shown = (relative.empty() ? folder : folder / relative).lexically_normal().string();
    // "my-pack/" names the folder as well as "my-pack" does; "/" stays itself.
    while (shown.size() > 1 && shown.back() == '/') shown.pop_back();
    return shown.empty() ? "." : shown;
}

}  // namespace kiosk::content
