#include "store/stick_write_problem.h"

#include <sys/stat.h>
#include <sys/statvfs.h>

namespace kiosk::store {
namespace {

// A mount point lies on another device than its parent folder; once the stick is
// unmounted (systemd does it when the stick is pulled) the folder is gone or is a
// plain folder of the disk below.
bool is_mounted(const std::filesystem::path& folder) {
    struct stat here {}, parent {};
    if (::stat(folder.c_str(), &here) != 0 || ::stat((folder / "..").c_str(), &parent) != 0) return false;
    return S_ISDIR(here.st_mode) && (here.st_dev != parent.st_dev || here.st_ino == parent.st_ino);
}

}  // namespace

StickWriteProblem why_stick_write_failed(const std::filesystem::path& folder, std::size_t bytes) {
    if (!is_mounted(folder)) return StickWriteProblem::Gone;
    struct statvfs about {};
    if (::statvfs(folder.c_str(), &about) != 0) return StickWriteProblem::Gone;
    if (about.f_flag & ST_RDONLY) return StickWriteProblem::ReadOnly;
    // The file, plus a block for its folder entry and one for the temporary name.
    const unsigned long long room = static_cast<unsigned long long>(about.f_bavail) * about.f_frsize;
    if (room < bytes + 2ull * about.f_frsize) return StickWriteProblem::Full;
    return StickWriteProblem::Other;
}

}  // namespace kiosk::store
