// The folder a pack is copied or unpacked into before it is checked: every file and
// folder made here is counted against limits (so a hostile archive cannot fill the
// disk or exhaust the kiosk), flushed to disk, and each step goes through DiskSteps.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "install/disk_steps.h"

namespace kiosk::install {

// A real pack is well under a megabyte of text plus a logo; one with every US county
// and thousands of contacts is a few megabytes. These leave room for images and
// refuse archive bombs long before the disk or the time runs out.
struct UnpackLimits {
    std::uint64_t total_bytes = 100ull * 1024 * 1024;
    std::uint64_t file_bytes = 20ull * 1024 * 1024;
    int entries = 2000;  // files and folders
    int depth = 8;       // folders inside folders
};

struct CopyProgress {
    std::uint64_t bytes_done = 0;
    std::uint64_t bytes_expected = 0;  // 0 when not known beforehand (archives)
    int files_done = 0;
    std::string step;  // what is being done, in words ("Reading campaign.zip ...")
};
using ProgressCallback = std::function<void(const CopyProgress&)>;

// Reads up to `size` bytes into `buffer`: how many, 0 at the end, or why it could not.
using ChunkReader = std::function<tl::expected<std::size_t, std::string>(char* buffer, std::size_t size)>;

class StagingTree {
public:
    // `root` must exist and be empty; `progress` may be empty.
    StagingTree(std::filesystem::path root, DiskSteps& steps, UnpackLimits limits, ProgressCallback progress);

    const std::filesystem::path& root() const { return root_; }
    const UnpackLimits& limits() const { return limits_; }
    void expect_bytes(std::uint64_t total) { progress_.bytes_expected = total; }

    // `relative` is a checked pack path (pack_entry_names.h). Missing parent folders are
    // made. `shown` names the source of the file in messages (a path on the stick, or
    // "archive.zip: name").
    tl::expected<void, std::string> add_folder(const std::filesystem::path& relative);
    tl::expected<void, std::string> add_file(const std::filesystem::path& relative, const std::string& shown,
                                             const ChunkReader& read);
    // Flushes every folder made, deepest first, then the root: after this a power cut
    // keeps every name made here.
    tl::expected<void, std::string> flush_folders();

private:
    tl::expected<void, std::string> make_parents(const std::filesystem::path& relative);
    tl::expected<void, std::string> count_entry(const std::filesystem::path& relative);

    std::filesystem::path root_;
    DiskSteps& steps_;
    UnpackLimits limits_;
    ProgressCallback report_;
    CopyProgress progress_;
    int entries_ = 0;
    std::vector<std::filesystem::path> folders_;  // relative, in the order made
};

}  // namespace kiosk::install
