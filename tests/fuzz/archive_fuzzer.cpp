// (f) A pack archive from a USB stick (.zip or .tar.gz), as install-content unpacks it:
// the input is the archive's bytes, unpacked by libarchive into a scratch staging
// folder under the installer's name rules and limits (smaller here, so each input is
// quick). Whatever the archive holds, nothing may be made outside the staging folder,
// and nothing inside it but plain files and folders within the limits.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>

#include "install/pack_sources.h"
#include "scratch_folder.h"

namespace kiosk::fuzz {
namespace {

namespace fs = std::filesystem;

constexpr install::UnpackLimits limits{8ull << 20, 2ull << 20, 200, 8};

// What the unpacker promises, checked on the disk after every input.
void check_staging(const fs::path& staging) {
    int entries = 0;
    std::uint64_t bytes = 0;
    for (auto it = fs::recursive_directory_iterator(staging); it != fs::recursive_directory_iterator(); ++it) {
        const fs::file_status status = it->symlink_status();
        if (!fs::is_regular_file(status) && !fs::is_directory(status)) std::abort();  // a link or a device got in
        if (it->path().filename().string().front() == '.') std::abort();              // a hidden name got in
        if (fs::is_regular_file(status)) bytes += fs::file_size(it->path());
        if (++entries > limits.entries) std::abort();
    }
    if (bytes > limits.total_bytes + limits.file_bytes) std::abort();
}

}  // namespace
}  // namespace kiosk::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kiosk;
    static const fuzz::ScratchFolder scratch;
    static const std::filesystem::path staging = scratch.path() / "staging";
    scratch.empty();
    std::filesystem::create_directory(staging);
    install::DiskSteps steps;
    install::StagingTree tree(staging, steps, fuzz::limits, {});
    (void)install::unpack_archive_bytes(data, size, "fuzz.zip", tree);
    // Only the staging folder may have been written to.
    int beside = 0;
    for (const auto& entry : std::filesystem::directory_iterator(scratch.path())) beside += entry.path() != staging;
    if (beside != 0) std::abort();
    fuzz::check_staging(staging);
    return 0;
}
