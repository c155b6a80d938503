// Which file systems keep no modes, so that fchmod's EPERM there is not a failure.
// The kernel here has no vfat: the decision is tested from statfs's numbers, and a
// real file here shows the rest of the system is not taken for a stick. A stick's FAT
// itself is left to the appliance's boot test.
#include "base/stick_file_system.h"

#include <cerrno>

#include <fcntl.h>
#include <linux/magic.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "temporary_folder.h"

namespace kiosk::base {
namespace {

TEST(StickFileSystem, AModeRefusedOnFatExfatOrNtfsIsNotAFailure) {
    for (long type : {long(MSDOS_SUPER_MAGIC), long(EXFAT_SUPER_MAGIC), 0x5346544eL}) {
        EXPECT_TRUE(mode_refusal_is_harmless(EPERM, stick_file_system(type))) << std::hex << type;
    }
}

TEST(StickFileSystem, AModeRefusedElsewhereOrAnyOtherErrorIsAFailure) {
    for (long type : {long(EXT4_SUPER_MAGIC), long(TMPFS_MAGIC), long(BTRFS_SUPER_MAGIC), long(FUSE_SUPER_MAGIC)}) {
        EXPECT_FALSE(mode_refusal_is_harmless(EPERM, stick_file_system(type))) << std::hex << type;
    }
    for (int error : {EIO, EROFS, EACCES, ENOSPC}) {
        EXPECT_FALSE(mode_refusal_is_harmless(error, StickFileSystem::Fat)) << error;
    }
}

TEST(StickFileSystem, OnlyFatAndExfatIgnoreTheCaseOfNames) {
    EXPECT_TRUE(ignores_case(StickFileSystem::Fat));
    EXPECT_TRUE(ignores_case(StickFileSystem::ExFat));
    EXPECT_FALSE(ignores_case(StickFileSystem::Ntfs));
    EXPECT_FALSE(ignores_case(StickFileSystem::Other));
}

TEST(StickFileSystem, TheDiskHereIsNoStick) {
    TemporaryFolder folder;
    const auto file = folder.path() / "file";
    const int descriptor = ::open(file.c_str(), O_WRONLY | O_CREAT, 0600);
    ASSERT_GE(descriptor, 0);
    EXPECT_EQ(stick_file_system_of(descriptor), StickFileSystem::Other);
    ::close(descriptor);
    EXPECT_EQ(stick_file_system_of(-1), StickFileSystem::Other);
}

}  // namespace
}  // namespace kiosk::base
