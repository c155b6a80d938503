// The one way the kiosk writes a file or a link (settings, counts, the PIN, the pack
// links, exports, letters) so that readers, and a power cut, see either the old content
// or the new, never half of it: write a temporary beside it, flush it to disk, rename,
// flush the folder.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include <tl/expected.hpp>

namespace kiosk::base {

// Why `file` must not be replaced by a new file, or nullopt when it may: only a regular
// file (or a link to one) or nothing is replaced. Renaming over a named pipe, a device
// or a folder would destroy it: as root, `--out /dev/null` once replaced the system's.
std::optional<std::string> refuse_to_replace(const std::filesystem::path& file);

// Creates missing parent folders. `mode` applies to the new file (0600: only us); on a
// stick's FAT, exFAT or NTFS, which keep no modes, the mount's mask decides instead.
// Refuses what refuse_to_replace refuses.
tl::expected<void, std::string> write_file_atomically(const std::filesystem::path& file, std::string_view bytes,
                                                      unsigned mode = 0600);

// Makes `link` a symbolic link to `target` in one rename(2) over the old link (`ln -sfn`
// unlinks first, leaving a moment with none), then flushes the folder.
tl::expected<void, std::string> write_link_atomically(const std::filesystem::path& link,
                                                      const std::filesystem::path& target);

// Writes `bytes`, flushed to disk, to the first of `<stem>1`, `<stem>2`, … that does not
// exist yet (O_EXCL: an earlier copy, or another writer's, is never replaced), up to
// `<stem>10000`; returns the file written. A copy kept aside (counters.csv.damaged-N).
tl::expected<std::filesystem::path, std::string> write_first_free_numbered_file(const std::string& stem,
                                                                               std::string_view bytes,
                                                                               unsigned mode = 0600);

}  // namespace kiosk::base
