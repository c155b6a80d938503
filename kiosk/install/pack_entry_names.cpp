#include "install/pack_entry_names.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <sstream>

#include <sys/vfs.h>

#include "base/stick_file_system.h"

namespace kiosk::install {
namespace {

// The names the loader and the installer look for at the top of a pack.
constexpr std::array<const char*, 11> pack_names = {"pack.yaml",     "recipients.yaml",       "reasons.yaml",
                                                   "states.yaml",   "zips.csv",              "strings",
                                                   "templates",     "assets",                "contacts",
                                                   "pack.manifest", "pack.manifest.minisig"};

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

bool has_control_character(const std::string& part) {
    return std::any_of(part.begin(), part.end(), [](unsigned char c) { return c < 0x20 || c == 0x7f; });
}

}  // namespace

tl::expected<std::optional<std::filesystem::path>, std::string> checked_entry_path(const std::string& name,
                                                                                    bool case_insensitive) {
    const auto refuse = [&](const std::string& why) {
        return tl::make_unexpected("'" + name + "' " + why + "; a content pack holds only plain files and folders");
    };
    if (name.empty()) return refuse("has no name");
    if (name.front() == '/') return refuse("is an absolute path");
    if (name.find('\\') != std::string::npos) return refuse("contains a backslash");

    std::filesystem::path relative;
    std::istringstream parts(name);
    bool hidden = false;
    for (std::string part; std::getline(parts, part, '/');) {
        if (part.empty() || part == ".") continue;
        if (part == "..") return refuse("climbs out of the pack with '..'");
        if (has_control_character(part)) return refuse("has a control character in its name");
        if (part.size() > 255) return refuse("has a name longer than 255 bytes");
        if (part.front() == '.' || part == "__MACOSX") hidden = true;
        if (relative.empty() && case_insensitive) {
            const auto known = std::find(pack_names.begin(), pack_names.end(), lowercase(part));
            if (known != pack_names.end()) part = *known;
        }
        relative /= part;
    }
    if (hidden || relative.empty()) return std::nullopt;
    return relative;
}

bool is_case_insensitive_file_system(const std::filesystem::path& path) {
    struct statfs about {};
    if (::statfs(path.c_str(), &about) != 0) return false;
    return base::ignores_case(base::stick_file_system(long(about.f_type)));
}

}  // namespace kiosk::install
