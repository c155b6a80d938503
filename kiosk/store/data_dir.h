// Where the kiosk keeps what it keeps: settings, the staff PIN hash, counters,
// installed packs and (only as a fallback) saved letters. Never visitors' words.
#pragma once

#include <filesystem>

namespace kiosk::store {

// `given` when not empty, else $XDG_DATA_HOME/letter-kiosk, else ~/.local/share/letter-kiosk.
std::filesystem::path resolve_data_dir(const std::filesystem::path& given);

}  // namespace kiosk::store
