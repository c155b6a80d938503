// Names from a stick, pack versions, what changes between packs, and the manifest a
// signature covers.
#include <gtest/gtest.h>

#include "content/pack_loader.h"
#include "install/pack_changes.h"
#include "install/pack_entry_names.h"
#include "install/pack_manifest.h"
#include "install/pack_version.h"
#include "store_fixture.h"

namespace kiosk::install {
namespace {

namespace fs = std::filesystem;

TEST(PackEntryNames, PlainNamesAreKeptAndDotPartsDropped) {
    EXPECT_EQ(*checked_entry_path("templates/governor.en.mustache", false), fs::path("templates/governor.en.mustache"));
    EXPECT_EQ(*checked_entry_path("./pack.yaml", false), fs::path("pack.yaml"));
    EXPECT_EQ(*checked_entry_path("my-campaign//pack.yaml", false), fs::path("my-campaign/pack.yaml"));
}

TEST(PackEntryNames, HiddenAndMacOsNamesAreSkipped) {
    for (const char* name : {"._pack.yaml", ".DS_Store", "templates/._governor.en.mustache", "__MACOSX/pack.yaml",
                             ".git/config", "."}) {
        const auto checked = checked_entry_path(name, false);
        ASSERT_TRUE(checked) << name;
        EXPECT_FALSE(*checked) << name;
    }
}

TEST(PackEntryNames, EscapesAndOddNamesAreRefused) {
    for (const std::string& name : std::vector<std::string>{"../x", "a/../../x", "/etc/passwd", "a\\b", "a\nb", std::string(256, 'a'), ""}) {
        EXPECT_FALSE(checked_entry_path(name, false)) << name;
    }
}

TEST(PackEntryNames, KnownNamesTakeThePackSpellingOnlyFromCaseInsensitiveSources) {
    EXPECT_EQ(*checked_entry_path("Pack.YAML", true), fs::path("pack.yaml"));
    EXPECT_EQ(*checked_entry_path("TEMPLATES/Governor.en.mustache", true), fs::path("templates/Governor.en.mustache"));
    EXPECT_EQ(*checked_entry_path("Pack.YAML", false), fs::path("Pack.YAML"));
    EXPECT_EQ(*checked_entry_path("assets/Logo.PNG", true), fs::path("assets/Logo.PNG"));
}

TEST(PackVersion, NumbersCompareAsNumbers) {
    EXPECT_GT(compare_versions("1.10", "1.9"), 0);
    EXPECT_LT(compare_versions("1.0.0", "1.0.1"), 0);
    EXPECT_EQ(compare_versions("1.0", "1.00"), 0);
    EXPECT_GT(compare_versions("2026-11-25", "2026-11-24"), 0);
    EXPECT_GT(compare_versions("1.0.1", "1.0"), 0);
    EXPECT_LT(compare_versions("1.0-beta", "1.0-rc"), 0);
}

TEST(PackChanges, NamesWhatAStaffMemberWouldCheck) {
    auto before = content::load_pack(KIOSK_DEFAULT_PACK);
    ASSERT_TRUE(before);
    content::Pack after = *before;
    after.recipients.pop_back();
    after.states.front().counties.pop_back();
    after.recipients.front().contacts.front().name = "Someone Else";
    const auto lines = describe_changes(&*before, after);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0], "Recipients: removed " + before->recipients.back().id);
    EXPECT_EQ(lines[1], "Counties: removed " + before->states.front().counties.back() + ", " + before->states.front().id);
    EXPECT_EQ(lines[2].rfind("Contacts: 0 added, ", 0), 0u) << lines[2];
    EXPECT_EQ(describe_changes(&*before, *before), std::vector<std::string>{"No changes to recipients, states, counties, contacts or languages"});
}

TEST(PackManifest, ListsEveryFileWithItsHashInByteOrderLeavingOutTheSignature) {
    testing::Scratch scratch;
    testing::write_file(scratch.path() / "b.yaml", "b");
    testing::write_file(scratch.path() / "a" / "z.txt", "z");
    testing::write_file(scratch.path() / "B.yaml", "B");
    testing::write_file(scratch.path() / "._b.yaml", "mac");
    testing::write_file(scratch.path() / "pack.manifest", "old");
    testing::write_file(scratch.path() / "pack.manifest.minisig", "old");
    const auto manifest = pack_manifest(scratch.path());
    ASSERT_TRUE(manifest) << manifest.error();
    // From `printf B | b2sum -l 256` and so on (coreutils).
    EXPECT_EQ(*manifest,
              "letter-kiosk pack manifest 1\n"
              "12488d41ba695611d8a8c863f7bece34908adaa44f9be47fa40203939e4c123a  B.yaml\n"
              "7ba97c220a8825c880d05a9b5e535e1681e4d6100f6dcb1b4d4066343833a818  a/z.txt\n"
              "6e5c1f45cbaf19f94230ba3501c378a5335af71a331b5b5aed62792332288dc3  b.yaml\n");
    fs::create_symlink("/etc/passwd", scratch.path() / "link");
    EXPECT_FALSE(pack_manifest(scratch.path()));
}

}  // namespace
}  // namespace kiosk::install
