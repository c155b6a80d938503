// Pack versions (pack.yaml's `version`) compared as staff mean them: "1.10" is newer
// than "1.9", "2026-11-25" than "2026-11-24".
#pragma once

#include <string>

namespace kiosk::install {

// Negative, zero or positive as `a` is older than, the same as or newer than `b`.
// Runs of digits compare as numbers, everything else character by character.
int compare_versions(const std::string& a, const std::string& b);

}  // namespace kiosk::install
