// Why a file could not be written to a USB stick, in the terms staff can act on: the
// stick was taken out, it can only be read (a lock switch, or a file system the kiosk
// mounts read-only), or it is full. Read from the stick's folder as it is after the
// failure, not from the error's text.
#pragma once

#include <cstddef>
#include <filesystem>

namespace kiosk::store {

enum class StickWriteProblem { Gone, ReadOnly, Full, Other };

// `folder`: where the stick was mounted; `bytes`: the size of what was to be written.
StickWriteProblem why_stick_write_failed(const std::filesystem::path& folder, std::size_t bytes);

}  // namespace kiosk::store
