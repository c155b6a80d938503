#include "base/stick_file_system.h"

#include <cerrno>

#include <linux/magic.h>
#include <sys/vfs.h>

namespace kiosk::base {
namespace {

constexpr long ntfs_magic = 0x5346544e;  // NTFS_SB_MAGIC (ntfs and ntfs3): not in linux/magic.h

}  // namespace

StickFileSystem stick_file_system(long file_system_type) {
    switch (file_system_type) {
        case MSDOS_SUPER_MAGIC: return StickFileSystem::Fat;
        case EXFAT_SUPER_MAGIC: return StickFileSystem::ExFat;
        case ntfs_magic: return StickFileSystem::Ntfs;
        default: return StickFileSystem::Other;
    }
}

StickFileSystem stick_file_system_of(int descriptor) {
    struct statfs about {};
    if (::fstatfs(descriptor, &about) != 0) return StickFileSystem::Other;
    return stick_file_system(long(about.f_type));
}

bool ignores_case(StickFileSystem kind) { return kind == StickFileSystem::Fat || kind == StickFileSystem::ExFat; }

bool mode_refusal_is_harmless(int error, StickFileSystem kind) {
    return error == EPERM && kind != StickFileSystem::Other;
}

}  // namespace kiosk::base
