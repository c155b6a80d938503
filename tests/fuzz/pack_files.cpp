#include "pack_files.h"

namespace kiosk::fuzz {

namespace {

bool is_safe_part(const std::string& part) {
    if (part.empty() || part == "." || part == "..") return false;
    for (const char c : part) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                           c == '_' || c == '-';
        if (!plain) return false;
    }
    return true;
}

}  // namespace

bool is_safe_pack_file_name(const std::string& name) {
    const auto slash = name.find('/');
    if (slash == std::string::npos) return is_safe_part(name);
    return is_safe_part(name.substr(0, slash)) && is_safe_part(name.substr(slash + 1));
}

std::vector<PackFile> read_pack_files(FuzzInput& input) {
    std::vector<PackFile> files;
    while (!input.used_up() && files.size() < max_pack_files) {
        std::string name = input.bytes(input.byte());
        std::string bytes = input.bytes(input.little_endian_u32());
        if (is_safe_pack_file_name(name)) files.push_back({std::move(name), std::move(bytes)});
    }
    return files;
}

}  // namespace kiosk::fuzz
