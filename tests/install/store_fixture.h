// What the install tests share: scratch folders, packs made from the default one, and
// a fingerprint of a folder tree to prove the installed pack did not change.
#pragma once

#include <filesystem>
#include <string>

namespace kiosk::install::testing {

// A fresh folder, removed with the object.
class Scratch {
public:
    Scratch();
    ~Scratch();
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

// Copies the default pack to `folder` with pack.yaml's version set to `version`.
void make_pack(const std::filesystem::path& folder, const std::string& version);

// Every path under `root` (links as their target text, files with a BLAKE2b hash of
// their bytes), sorted: equal fingerprints mean byte-identical trees.
std::string tree_fingerprint(const std::filesystem::path& root);

void write_file(const std::filesystem::path& file, const std::string& bytes);
std::string read_file(const std::filesystem::path& file);

}  // namespace kiosk::install::testing
