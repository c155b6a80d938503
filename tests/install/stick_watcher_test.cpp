// Finding sticks in the mount table, with real mounts in a private mount namespace: a
// stick mounted before the watcher starts is found, one mounted later is noticed
// through poll() and listed with its packs, one unmounted is forgotten, and mounts
// outside the stick folders are ignored.
#include <gtest/gtest.h>

#include "install/stick_watcher.h"
#include "private_mounts.h"
#include "store_fixture.h"

namespace kiosk::install {
namespace {

namespace fs = std::filesystem;
using testing::Scratch;
using testing::write_file;

TEST(StickWatcher, FindsSticksPresentAtStartAndAsTheyComeAndGo) {
    Scratch scratch;
    const fs::path media = scratch.path() / "media", elsewhere = scratch.path() / "elsewhere";
    const fs::path present = media / "present", later = media / "later", laptop = scratch.path() / "laptop";
    for (const auto& folder : {present, later, elsewhere, laptop}) fs::create_directories(folder);
    write_file(laptop / "pack.yaml", "name: x\n");

    const int code = testing::in_private_mount_namespace([&]() -> int {
        REQUIRE(testing::mount_tmpfs(present, "1m"));
        write_file(present / "campaign" / "pack.yaml", "name: x\n");
        write_file(present / "notes" / "readme.txt", "not a pack\n");
        write_file(present / "campaign.zip", "zip");
        write_file(present / "._campaign.zip", "mac");

        StickWatcher watcher({media});
        const auto at_start = watcher.refresh();
        REQUIRE(at_start.added.size() == 1 && at_start.removed.empty());
        REQUIRE(at_start.added[0].mount_point == present);
        REQUIRE(at_start.added[0].file_system == "tmpfs");
        REQUIRE((at_start.added[0].packs == std::vector<fs::path>{present / "campaign", present / "campaign.zip"}));
        REQUIRE(!watcher.wait(0));

        REQUIRE(testing::bind_mount(laptop, later));
        REQUIRE(watcher.wait(5000));
        const auto mounted = watcher.refresh();
        REQUIRE(mounted.added.size() == 1 && mounted.added[0].mount_point == later);
        REQUIRE((mounted.added[0].packs == std::vector<fs::path>{later}));
        REQUIRE(watcher.sticks().size() == 2);

        REQUIRE(testing::unmount(present));
        REQUIRE(watcher.wait(5000));
        const auto unmounted = watcher.refresh();
        REQUIRE(unmounted.added.empty() && (unmounted.removed == std::vector<fs::path>{present}));

        REQUIRE(testing::mount_tmpfs(elsewhere, "1m"));
        REQUIRE(watcher.wait(5000));
        const auto outside = watcher.refresh();
        REQUIRE(outside.added.empty() && outside.removed.empty());
        REQUIRE(watcher.sticks().size() == 1 && watcher.sticks()[0].mount_point == later);
        return 0;
    });
    if (code == testing::no_namespace) GTEST_SKIP() << "this system forbids private user and mount namespaces";
    EXPECT_EQ(code, 0) << "see the scenario's message above";
}

TEST(StickWatcher, ReadsEscapedMountPointsFromTheTable) {
    Scratch scratch;
    const fs::path table = scratch.path() / "mountinfo";
    write_file(table,
               "22 1 8:1 / / rw - ext4 /dev/sda1 rw\n"
               "98 22 8:17 / /media/kiosk/MY\\040STICK rw,nosuid shared:50 - vfat /dev/sdb1 ro\n"
               "99 22 8:33 / /mnt/other rw - vfat /dev/sdc1 rw\n");
    StickWatcher watcher({"/media"}, table);
    const auto found = watcher.refresh();
    ASSERT_EQ(found.added.size(), 1u);
    EXPECT_EQ(found.added[0].mount_point, fs::path("/media/kiosk/MY STICK"));
    EXPECT_EQ(found.added[0].file_system, "vfat");
}

// The table is read with a bound: one that never ends (/dev/zero) or is larger than any
// real machine's shows no stick, and neither is read on for ever.
TEST(StickWatcher, ReadsATableThatNeverEndsOrIsHugeOnlyUpToABound) {
    StickWatcher endless({"/media"}, "/dev/zero");
    EXPECT_TRUE(endless.refresh().added.empty());

    Scratch scratch;
    const fs::path table = scratch.path() / "mountinfo";
    std::string huge = "98 22 8:17 / /media/stick rw - vfat /dev/sdb1 ro\n";
    const std::string other = "99 22 8:33 / /mnt/other rw - vfat /dev/sdc1 rw\n";
    while (huge.size() <= 5 * 1024 * 1024) huge += other;
    write_file(table, huge);
    StickWatcher watcher({"/media"}, table);
    EXPECT_TRUE(watcher.refresh().added.empty());
}

}  // namespace
}  // namespace kiosk::install
