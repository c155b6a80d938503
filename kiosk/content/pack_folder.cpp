#include "content/pack_folder.h"

#include <algorithm>
#include <system_error>

#include "content/pack_path_check.h"
#include "content/shown_path.h"

namespace kiosk::content {

namespace fs = std::filesystem;

std::vector<std::string> list_pack_folder(const fs::path& root, const fs::path& folder, const std::string& extension,
                                          std::vector<Problem>& problems) {
    const fs::path path = root / folder;
    auto refuse = [&](std::string message) {
        problems.push_back({shown_path(root, folder), 0, 0, std::move(message)});
        return std::vector<std::string>{};
    };
    if (auto refusal = refuse_pack_path(root, folder)) return refuse(*refusal);
    std::error_code error;
    const fs::file_status status = fs::symlink_status(path, error);
    if (status.type() == fs::file_type::not_found) return refuse("folder missing");
    if (!fs::is_directory(status)) return refuse("should be a folder");

    std::vector<std::string> names;
    fs::directory_iterator entry(path, error);
    if (error) return refuse("cannot be read: " + error.message());
    int seen = 0;
    for (; entry != fs::directory_iterator(); entry.increment(error)) {
        if (++seen > max_folder_entries) {
            return refuse("has more than " + std::to_string(max_folder_entries) + " files; is this the right folder?");
        }
        const std::string name = entry->path().filename().string();
        if (name.empty() || name.front() == '.') continue;
        if (name.size() > extension.size() && name.compare(name.size() - extension.size(), extension.size(), extension) == 0) {
            names.push_back(name);
        }
    }
    if (error) return refuse("cannot be read: " + error.message());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace kiosk::content
