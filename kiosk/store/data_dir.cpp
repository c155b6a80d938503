#include "store/data_dir.h"

#include <cstdlib>

namespace kiosk::store {

std::filesystem::path resolve_data_dir(const std::filesystem::path& given) {
    if (!given.empty()) return given;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::filesystem::path(xdg) / "letter-kiosk";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".local" / "share" / "letter-kiosk";
    return std::filesystem::temp_directory_path() / "letter-kiosk";
}

}  // namespace kiosk::store
