// The whole-pack fuzzer's input format: the files of a pack, one after another, each
//   [1 byte: name length][name][4 bytes, little-endian: content length][content]
// so the fuzzer mutates real pack files (the seeds are the default pack's) while it
// can also drop, add or rename one. A length past the end takes what is left.
#pragma once

#include <string>
#include <vector>

#include "fuzz_input.h"

namespace kiosk::fuzz {

struct PackFile {
    std::string name;  // "pack.yaml", "strings/en.yaml", "templates/governor.en.mustache"
    std::string bytes;
};

// Enough for the default pack (17 files) and a few more languages.
constexpr std::size_t max_pack_files = 64;

// The files named safely (is_safe_pack_file_name), in input order, at most max_pack_files.
std::vector<PackFile> read_pack_files(FuzzInput& input);

// One or two path parts ("strings/en.yaml") of letters, digits, '.', '_' and '-', never
// "." or "..": a name that cannot reach outside the pack folder.
bool is_safe_pack_file_name(const std::string& name);

}  // namespace kiosk::fuzz
