#include "install/pack_manifest.h"

#include <algorithm>
#include <fstream>
#include <map>

#include <sodium.h>

#include "install/staging_tree.h"

namespace kiosk::install {
namespace {

namespace fs = std::filesystem;

tl::expected<std::string, std::string> hash_of(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return tl::make_unexpected("cannot read " + file.string());
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    char buffer[64 * 1024];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(buffer), std::size_t(in.gcount()));
    }
    if (in.bad()) return tl::make_unexpected("cannot read " + file.string());
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash_final(&state, hash, sizeof hash);
    char hex[2 * sizeof hash + 1];
    sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
    return std::string(hex);
}

tl::expected<void, std::string> collect(const fs::path& root, const std::string& relative, int depth,
                                        std::map<std::string, std::string>& files) {
    const UnpackLimits limits;
    std::error_code error;
    for (fs::directory_iterator it(relative.empty() ? root : root / relative, error), end; !error && it != end;
         it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (name.front() == '.' || name == "__MACOSX") continue;
        const std::string path = relative.empty() ? name : relative + "/" + name;
        if (relative.empty() && (name == manifest_name || name == signature_name)) continue;
        if (path.find('\n') != std::string::npos) return tl::make_unexpected(path + " has a line break in its name");
        const fs::file_status status = it->symlink_status(error);
        if (fs::is_directory(status)) {
            if (depth >= limits.depth) return tl::make_unexpected(path + ": folders nested too deep");
            if (auto inner = collect(root, path, depth + 1, files); !inner) return inner;
        } else if (fs::is_regular_file(status)) {
            if (int(files.size()) >= limits.entries) return tl::make_unexpected("too many files in " + root.string());
            auto hash = hash_of(it->path());
            if (!hash) return tl::make_unexpected(hash.error());
            files[path] = *hash;
        } else {
            return tl::make_unexpected((root / path).string() + " is not a plain file or folder");
        }
    }
    if (error) return tl::make_unexpected("cannot read folder " + (root / relative).string() + ": " + error.message());
    return {};
}

}  // namespace

tl::expected<std::string, std::string> pack_manifest(const fs::path& root) {
    if (sodium_init() < 0) return tl::make_unexpected("the hashing library could not start");
    std::map<std::string, std::string> files;  // std::string's < is byte order
    if (auto collected = collect(root, "", 1, files); !collected) return tl::make_unexpected(collected.error());
    std::string manifest = "letter-kiosk pack manifest 1\n";
    for (const auto& [path, hash] : files) manifest += hash + "  " + path + "\n";
    return manifest;
}

}  // namespace kiosk::install
