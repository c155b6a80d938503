// Where a pack comes from: a folder (on a stick, or the staff laptop's disk) or one
// archive file (.zip, .tar.gz). Either way its files land in a StagingTree, named by
// pack_entry_names.h's rules; nothing from the source is trusted before that.
#pragma once

#include <filesystem>
#include <string>

#include <tl/expected.hpp>

#include "install/staging_tree.h"

namespace kiosk::install {

// True for the archive names install-content and the stick watcher accept:
// .zip, .tar.gz, .tgz (any case).
bool is_pack_archive_name(const std::filesystem::path& file);

// Copies the files of the folder `source` into `tree`. Links, devices, pipes and
// sockets are refused; a file that disappears or cannot be read part-way (a stick
// taken out) stops the copy with a message naming it.
tl::expected<void, std::string> copy_folder(const std::filesystem::path& source, bool case_insensitive,
                                            StagingTree& tree);

// Unpacks the archive `file` into `tree` (libarchive: zip, tar, with gzip). Links, hard
// links and devices are refused; sizes count as unpacked, whatever the archive says.
tl::expected<void, std::string> unpack_archive(const std::filesystem::path& file, StagingTree& tree);

// The same from bytes in memory (the fuzzer's way in); `shown` names it in messages.
tl::expected<void, std::string> unpack_archive_bytes(const void* bytes, std::size_t size, const std::string& shown,
                                                     StagingTree& tree);

}  // namespace kiosk::install
