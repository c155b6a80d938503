#include "store_fixture.h"

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>

#include <sodium.h>
#include <stdlib.h>

namespace kiosk::install::testing {

namespace fs = std::filesystem;

Scratch::Scratch() {
    std::string pattern = (fs::temp_directory_path() / "letter-kiosk-install-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
}

Scratch::~Scratch() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
}

void write_file(const fs::path& file, const std::string& bytes) {
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

std::string read_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

void make_pack(const fs::path& folder, const std::string& version) {
    fs::copy(KIOSK_DEFAULT_PACK, folder, fs::copy_options::recursive);
    const std::string yaml = read_file(folder / "pack.yaml");
    write_file(folder / "pack.yaml", std::regex_replace(yaml, std::regex("\nversion: [^\n]*"), "\nversion: " + version));
}

std::string tree_fingerprint(const fs::path& root) {
    if (sodium_init() < 0) throw std::runtime_error("sodium_init failed");
    std::set<std::string> lines;
    for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
        const std::string relative = it->path().lexically_relative(root).string();
        if (it->is_symlink()) {
            lines.insert("link " + relative + " -> " + fs::read_symlink(it->path()).string());
        } else if (it->is_regular_file()) {
            const std::string bytes = read_file(it->path());
            unsigned char hash[32];
            crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), nullptr, 0);
            char hex[65];
            sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
            lines.insert("file " + relative + " " + hex);
        } else {
            lines.insert("folder " + relative);
        }
    }
    std::string fingerprint;
    for (const auto& line : lines) fingerprint += line + "\n";
    return fingerprint;
}

}  // namespace kiosk::install::testing
