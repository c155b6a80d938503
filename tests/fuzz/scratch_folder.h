// A private temporary folder for one fuzzer process: the loader reads packs from disk,
// so each input is written here first. Emptied between inputs, removed at exit.
#pragma once

#include <filesystem>
#include <string>

namespace kiosk::fuzz {

class ScratchFolder {
public:
    ScratchFolder();  // a new folder in $TMPDIR (or /tmp); throws when it cannot be made
    ~ScratchFolder();
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

    const std::filesystem::path& path() const { return path_; }
    void empty() const;
    // Writes `bytes` to `path() / relative`, making its folder; throws when it cannot.
    void write(const std::filesystem::path& relative, const std::string& bytes) const;

private:
    std::filesystem::path path_;
};

}  // namespace kiosk::fuzz
