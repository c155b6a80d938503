// What a signature covers: a manifest of the pack, one line per file with its BLAKE2b
// hash, so one small file (pack.manifest) stands for the whole folder and a signature
// of it (pack.manifest.minisig, minisign's format) vouches for every byte installed.
//
//   letter-kiosk pack manifest 1
//   <BLAKE2b-256 of the file, 64 lowercase hex digits><two spaces><path with '/'>
//   ...
//
// Files are listed in byte order of their paths; hidden files (skipped at install) and
// the two signature files themselves are left out. A pack that installs must hold
// exactly the files listed, with exactly those bytes.
#pragma once

#include <filesystem>
#include <string>

#include <tl/expected.hpp>

namespace kiosk::install {

inline constexpr const char* manifest_name = "pack.manifest";
inline constexpr const char* signature_name = "pack.manifest.minisig";

// The manifest of the pack folder `root`; refuses links and special files.
tl::expected<std::string, std::string> pack_manifest(const std::filesystem::path& root);

}  // namespace kiosk::install
