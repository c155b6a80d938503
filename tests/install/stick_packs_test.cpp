// What the staff screen's Campaign tab lists from the sticks, and installing from it.
#include <map>

#include <gtest/gtest.h>

#include "install/stick_packs.h"
#include "store_fixture.h"

namespace kiosk::install {
namespace {

namespace fs = std::filesystem;
using testing::make_pack;
using testing::read_file;
using testing::Scratch;
using testing::tree_fingerprint;
using testing::write_file;

class StickPacksTest : public ::testing::Test {
protected:
    // A stick at media/STICK holding a good pack and one with a mistake in pack.yaml.
    void SetUp() override {
        stick_ = scratch_.path() / "media" / "STICK";
        fs::create_directories(stick_);
        make_pack(stick_ / "good", "99");
        make_pack(stick_ / "broken", "100");
        write_file(stick_ / "broken" / "pack.yaml", read_file(stick_ / "broken" / "pack.yaml") + "colour: blue\n");
        mount(true);
    }

    void mount(bool stick_in) {
        std::string table = "22 1 8:1 / / rw - ext4 /dev/sda1 rw\n";
        if (stick_in) table += "98 22 8:17 / " + stick_.string() + " ro,nosuid shared:50 - vfat /dev/sdb1 ro\n";
        write_file(table_, table);
    }

    Scratch scratch_;
    fs::path stick_;
    fs::path table_ = scratch_.path() / "mountinfo";
    ContentStore store_{scratch_.path() / "data"};
    StickPacks packs_{store_, {scratch_.path() / "media"}, InstallOptions{}, table_};
};

TEST_F(StickPacksTest, ListsEachPackWithWhatItChangesOrItsProblemsWithTheirLines) {
    const auto& found = packs_.packs();
    ASSERT_EQ(found.size(), 2u);
    const PackOnStick& broken = found[0].source.filename() == "broken" ? found[0] : found[1];
    const PackOnStick& good = found[0].source.filename() == "good" ? found[0] : found[1];
    EXPECT_NE(good.name.find("version 99"), std::string::npos) << good.name;
    EXPECT_TRUE(good.errors.empty());
    EXPECT_FALSE(good.changes.empty());
    ASSERT_FALSE(broken.errors.empty());
    EXPECT_NE(broken.errors[0].find("pack.yaml:"), std::string::npos) << broken.errors[0];
    EXPECT_NE(broken.errors[0].find("colour"), std::string::npos) << broken.errors[0];
    EXPECT_FALSE(store_.current()) << "listing installs nothing";
    EXPECT_EQ(packs_.first_stick(), stick_);
}

TEST_F(StickPacksTest, InstallsTheChosenPackAndForgetsAStickTakenOut) {
    const auto& found = packs_.packs();
    ASSERT_EQ(found.size(), 2u);
    const std::size_t good = found[0].source.filename() == "good" ? 0 : 1;
    const auto installed = packs_.install(good);
    ASSERT_TRUE(installed) << installed.error().message;
    EXPECT_EQ(installed->version, "99");
    ASSERT_TRUE(store_.current());
    EXPECT_EQ(*store_.current(), installed->folder);

    mount(false);
    EXPECT_TRUE(packs_.packs().empty());
    EXPECT_FALSE(packs_.first_stick());
    EXPECT_FALSE(packs_.install(0)) << "nothing is listed any more";
}

// A pack whose version is the same as or older than the one in use is listed as such,
// with both versions for the question staff are asked; it installs only when they
// confirm, and a refusal leaves the store byte-identical.
TEST_F(StickPacksTest, APackNotNewerThanTheOneInUseInstallsOnlyWhenStaffConfirm) {
    fs::create_directories(scratch_.path() / "laptop");
    make_pack(scratch_.path() / "laptop" / "in-use", "99");
    InstallOptions plain;
    ASSERT_TRUE(store_.install(scratch_.path() / "laptop" / "in-use", plain));
    make_pack(stick_ / "older", "98");
    make_pack(stick_ / "newer", "100");
    mount(true);

    const auto& found = packs_.packs();
    ASSERT_EQ(found.size(), 4u);
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < found.size(); ++i) index[found[i].source.filename().string()] = i;
    EXPECT_TRUE(found[index["good"]].not_newer) << "the same version counts as not newer";
    EXPECT_TRUE(found[index["older"]].not_newer);
    EXPECT_FALSE(found[index["newer"]].not_newer);
    EXPECT_EQ(found[index["older"]].version, "98");
    EXPECT_EQ(found[index["older"]].version_in_use, "99");

    const std::string before = tree_fingerprint(store_.root());
    for (const char* name : {"good", "older"}) {
        const auto refused = packs_.install(index[name]);
        ASSERT_FALSE(refused) << name;
        EXPECT_EQ(refused.error().reason, InstallRefusal::Reason::NotNewer) << refused.error().message;
        EXPECT_EQ(tree_fingerprint(store_.root()), before) << name;
    }
    const auto confirmed = packs_.install(index["older"], true);
    ASSERT_TRUE(confirmed) << confirmed.error().message;
    EXPECT_EQ(confirmed->version, "98");
    EXPECT_EQ(*store_.current(), confirmed->folder);
}

}  // namespace
}  // namespace kiosk::install
