// The names of files and folders that come from a stick or an archive, before any of
// them is made on the kiosk's disk: an entry either lands inside the pack under a
// checked relative path, is skipped, or stops the install with a reason.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include <tl/expected.hpp>

namespace kiosk::install {

// `name` as the archive or the folder walk gives it ("templates/governor.en.mustache").
// Refused: empty names, absolute paths, "..", backslashes, control characters, parts
// longer than 255 bytes. Skipped (nullopt): anything under a hidden part (".git",
// ".DS_Store", the "._name" files macOS writes beside every file on a FAT stick) and
// macOS's "__MACOSX" folder in zip files.
//
// With `case_insensitive` (the source is on FAT or exFAT, where "Pack.YAML" and
// "pack.yaml" are one file), a first part that matches one of the pack's own names
// ignoring case is given the pack's spelling, so a pack saved by Windows as
// "Pack.yaml" installs on the kiosk's case-sensitive disk.
tl::expected<std::optional<std::filesystem::path>, std::string> checked_entry_path(const std::string& name,
                                                                                    bool case_insensitive);

// True when `path` is on a FAT or exFAT file system (statfs), whose names ignore case.
bool is_case_insensitive_file_system(const std::filesystem::path& path);

}  // namespace kiosk::install
