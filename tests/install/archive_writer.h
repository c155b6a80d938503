// Archives written entry by entry with libarchive, for tests and benchmarks of packs as
// archive files, hostile ones included (links, devices, gigabytes of zeros).
#pragma once

#include <archive_entry.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace kiosk::install::testing {

struct ArchiveEntry {
    ArchiveEntry(std::string name, std::string bytes = "", unsigned type = AE_IFREG, std::string link = "",
                 std::uint64_t zeros = 0)
        : name(std::move(name)), bytes(std::move(bytes)), type(type), link(std::move(link)), zeros(zeros) {}
    std::string name;
    std::string bytes;
    unsigned type;
    std::string link;     // for links and hard links
    std::uint64_t zeros;  // instead of bytes: this many zero bytes
};

enum class ArchiveFormat { Zip, TarGz };

// Writes `entries` to `file`; throws std::runtime_error when libarchive cannot.
void write_archive(const std::filesystem::path& file, ArchiveFormat format, const std::vector<ArchiveEntry>& entries);

// The default pack's files as archive entries, each name prefixed with `folder`.
std::vector<ArchiveEntry> default_pack_entries(const std::string& folder = "");

}  // namespace kiosk::install::testing
