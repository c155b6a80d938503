// The content store as the staff screen and install-content use it: a pack installs
// whole or not at all, and whatever goes wrong — a bad pack, a failing disk step, a
// source file vanishing — the pack in use stays byte-identical and still loads.
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <fstream>

#include <gtest/gtest.h>

#include "install/content_store.h"
#include "letter/checked_pack.h"
#include "private_mounts.h"
#include "store_fixture.h"

namespace kiosk::install {
namespace {

namespace fs = std::filesystem;
using testing::make_pack;
using testing::read_file;
using testing::Scratch;
using testing::tree_fingerprint;
using testing::write_file;
using Reason = InstallRefusal::Reason;

class ContentStoreTest : public ::testing::Test {
protected:
    fs::path data() const { return scratch_.path() / "data"; }
    fs::path pack(const std::string& name, const std::string& version) const {
        const fs::path folder = scratch_.path() / name;
        make_pack(folder, version);
        return folder;
    }
    // Installs version 1.0.0 and returns the fingerprint of the pack in use.
    std::string install_first() {
        ContentStore store(data(), {});
        const auto installed = store.install(pack("first", "1.0.0"), {});
        EXPECT_TRUE(installed) << (installed ? "" : installed.error().message);
        first_folder_ = *store.current();
        return tree_fingerprint(first_folder_);
    }
    // The pack in use is the first one, byte for byte, loads, and nothing is staged.
    void expect_first_still_in_use(const std::string& fingerprint) const {
        ContentStore store(data(), {});
        ASSERT_TRUE(store.current());
        EXPECT_EQ(*store.current(), first_folder_);
        EXPECT_EQ(tree_fingerprint(*store.current()), fingerprint);
        EXPECT_TRUE(letter::load_checked_pack(*store.current()));
        for (const auto& entry : fs::directory_iterator(data() / "content" / "packs")) {
            const std::string name = entry.path().filename().string();
            EXPECT_EQ(name.find(".staging"), std::string::npos) << "left behind: " << name;
        }
    }

    Scratch scratch_;
    fs::path first_folder_;
};

TEST_F(ContentStoreTest, InstallsAPackAndMakesItCurrentThroughALink) {
    ContentStore store(data(), {});
    EXPECT_FALSE(store.current());
    const auto installed = store.install(KIOSK_DEFAULT_PACK, {});
    ASSERT_TRUE(installed) << installed.error().message;
    EXPECT_EQ(installed->name, "Write for Compassionate Release");
    EXPECT_EQ(installed->version, "1.0.0");
    ASSERT_TRUE(store.current());
    EXPECT_EQ(*store.current(), installed->folder);
    EXPECT_TRUE(fs::is_symlink(data() / "content" / "current"));
    EXPECT_EQ(fs::read_symlink(data() / "content" / "current"), fs::path("packs") / installed->folder.filename());
    EXPECT_EQ(tree_fingerprint(*store.current()), tree_fingerprint(KIOSK_DEFAULT_PACK));
    EXPECT_FALSE(store.previous());
}

TEST_F(ContentStoreTest, APackWithProblemsIsRefusedWithEachProblemPlacedInTheSource) {
    const std::string before = install_first();
    const fs::path broken = pack("broken", "2.0.0");
    const std::string states = read_file(broken / "states.yaml");
    write_file(broken / "states.yaml", states.substr(0, states.size() / 2) + "\n  - id: [\n");
    const auto installed = ContentStore(data(), {}).install(broken, {});
    ASSERT_FALSE(installed);
    EXPECT_EQ(installed.error().reason, Reason::BadPack);
    ASSERT_FALSE(installed.error().problems.empty());
    for (const auto& problem : installed.error().problems) {
        EXPECT_EQ(problem.file.rfind(broken.string(), 0), 0u) << problem.to_string();
    }
    expect_first_still_in_use(before);
}

TEST_F(ContentStoreTest, APackThatValidatesButHasABadImageIsRefused) {
    const std::string before = install_first();
    const fs::path bad_logo = pack("bad-logo", "2.0.0");
    write_file(bad_logo / "assets" / "logo.png", "\x89PNG\r\n\x1a\n but not really an image");
    const auto installed = ContentStore(data(), {}).install(bad_logo, {});
    ASSERT_FALSE(installed);
    EXPECT_EQ(installed.error().reason, Reason::BadPack);
    expect_first_still_in_use(before);
}

TEST_F(ContentStoreTest, AFailureAtEveryDiskStepLeavesThePackInUseByteIdentical) {
    const std::string before = install_first();
    const fs::path second = pack("second", "2.0.0");
    int step = 1;
    for (;; ++step) {
        ContentStore store(data(), FaultPlan{step, 0});
        const auto installed = store.install(second, {});
        if (installed) break;
        EXPECT_EQ(installed.error().reason, Reason::SystemFailure) << installed.error().message;
        EXPECT_NE(installed.error().message.find("fault injected at step " + std::to_string(step)), std::string::npos)
            << installed.error().message;
        expect_first_still_in_use(before);
        if (HasFailure()) return;
    }
    // Every file is created, written and flushed, every folder made and flushed, then renamed and linked.
    EXPECT_GT(step, 3 * 18 + 2 * 4);
    ContentStore store(data(), {});
    EXPECT_EQ(tree_fingerprint(*store.current()), tree_fingerprint(second));
    EXPECT_EQ(*store.previous(), first_folder_);
}

TEST_F(ContentStoreTest, ASourceFileVanishingMidCopyLeavesThePackInUseByteIdentical) {
    const std::string before = install_first();
    const fs::path second = pack("second", "2.0.0");
    InstallOptions options;
    // zips.csv is copied last: it goes as the stick would, part-way through.
    options.progress = [&](const CopyProgress& progress) {
        if (progress.files_done == 3) fs::remove(second / "zips.csv");
    };
    const auto installed = ContentStore(data(), {}).install(second, options);
    ASSERT_FALSE(installed);
    EXPECT_EQ(installed.error().reason, Reason::BadPack);
    EXPECT_NE(installed.error().message.find("zips.csv disappeared while it was being copied (was the stick taken out?)"),
              std::string::npos)
        << installed.error().message;
    expect_first_still_in_use(before);
}

TEST_F(ContentStoreTest, AFullDiskLeavesThePackInUseByteIdentical) {
    const fs::path first = pack("first", "1.0.0"), large = pack("large", "2.0.0"), second = pack("second", "2.0.0");
    write_file(large / "assets" / "photo.png", std::string(3 << 20, 'x'));
    fs::create_directories(data());
    const int code = testing::in_private_mount_namespace([&]() -> int {
        REQUIRE(testing::mount_tmpfs(data(), "2m"));  // room for two default packs, not for 3 MB more
        REQUIRE(ContentStore(data(), {}).install(first, {}));
        const fs::path in_use = *ContentStore(data(), {}).current();
        const std::string before = tree_fingerprint(in_use);
        const auto full = ContentStore(data(), {}).install(large, {});
        REQUIRE(!full);
        std::fprintf(stderr, "%s\n", full.error().message.c_str());
        REQUIRE(full.error().reason == Reason::SystemFailure);
        REQUIRE(full.error().message.find("No space left on device") != std::string::npos);
        REQUIRE(*ContentStore(data(), {}).current() == in_use);
        REQUIRE(tree_fingerprint(in_use) == before);
        REQUIRE(letter::load_checked_pack(in_use));
        // The room the failed copy took is given back: a pack that fits still installs.
        REQUIRE(ContentStore(data(), {}).install(second, {}));
        return 0;
    });
    if (code == testing::no_namespace) GTEST_SKIP() << "this system forbids private user and mount namespaces";
    EXPECT_EQ(code, 0) << "see the scenario's message above";
}

TEST_F(ContentStoreTest, ADataFolderThatCannotBeWrittenSaysSoNamingItNotAnotherInstall) {
    install_first();
    const fs::path content = data() / "content";
    fs::remove(content / ".lock");
    const int code = testing::in_private_mount_namespace([&]() -> int {
        REQUIRE(testing::bind_mount(content, content));
        REQUIRE(testing::remount_read_only(content));
        const std::string expected = "cannot write in " + content.string() + ": Read-only file system";
        const auto installed = ContentStore(data(), {}).install(pack("second", "2.0.0"), {});
        REQUIRE(!installed);
        std::fprintf(stderr, "%s\n", installed.error().message.c_str());
        REQUIRE(installed.error().message == expected);
        const auto rolled_back = ContentStore(data(), {}).rollback();
        REQUIRE(!rolled_back);
        REQUIRE(rolled_back.error() == expected);
        return 0;
    });
    if (code == testing::no_namespace) GTEST_SKIP() << "this system forbids private user and mount namespaces";
    EXPECT_EQ(code, 0) << "see the scenario's message above";
}

TEST_F(ContentStoreTest, OnlyALockAlreadyHeldReadsAsAnotherInstall) {
    install_first();
    const fs::path lock_file = data() / "content" / ".lock";
    const int held = ::open(lock_file.c_str(), O_RDWR | O_CLOEXEC);
    ASSERT_GE(held, 0);
    ASSERT_EQ(::flock(held, LOCK_EX | LOCK_NB), 0);
    const auto installed = ContentStore(data(), {}).install(pack("second", "2.0.0"), {});
    ::close(held);
    ASSERT_FALSE(installed);
    EXPECT_EQ(installed.error().message, "another install or rollback is running in " + (data() / "content").string());
}

TEST_F(ContentStoreTest, StagingLeftByACrashIsRemovedAtTheNextInstall) {
    install_first();
    const fs::path stale = data() / "content" / "packs" / "pack-20260101-000000-abcdef.staging";
    write_file(stale / "pack.yaml", "half a pack");
    ASSERT_TRUE(ContentStore(data(), {}).install(pack("second", "2.0.0"), {}));
    EXPECT_FALSE(fs::exists(stale));
}

TEST_F(ContentStoreTest, RollbackSwitchesToThePreviousPackAndBack) {
    install_first();
    ContentStore store(data(), {});
    const auto second = store.install(pack("second", "2.0.0"), {});
    ASSERT_TRUE(second);
    const auto back = store.rollback();
    ASSERT_TRUE(back) << back.error();
    EXPECT_EQ(*store.current(), first_folder_);
    EXPECT_EQ(*store.previous(), second->folder);
    ASSERT_TRUE(store.rollback());
    EXPECT_EQ(*store.current(), second->folder);
}

TEST_F(ContentStoreTest, RollbackWithNoPreviousPackSaysSo) {
    install_first();
    const auto back = ContentStore(data(), {}).rollback();
    ASSERT_FALSE(back);
    EXPECT_EQ(back.error(), "there is no previous pack to go back to");
}

TEST_F(ContentStoreTest, APackNotNewerThanTheInstalledOneNeedsAllowOlder) {
    const std::string before = install_first();
    const fs::path older = pack("older", "0.9");
    const auto refused = ContentStore(data(), {}).install(older, {});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().reason, Reason::NotNewer);
    EXPECT_EQ(refused.error().message, "the pack's version 0.9 is not newer than the installed pack's 1.0.0");
    expect_first_still_in_use(before);
    InstallOptions options;
    options.allow_older = true;
    EXPECT_TRUE(ContentStore(data(), {}).install(older, options));
}

TEST_F(ContentStoreTest, CheckOnlyDescribesTheChangesAndInstallsNothing) {
    const std::string before = install_first();
    const fs::path second = pack("second", "2.0.0");
    std::string recipients = read_file(second / "recipients.yaml");
    recipients.replace(recipients.find("name: Mike Kehoe"), 16, "name: Mike Kehoee");
    write_file(second / "recipients.yaml", recipients);
    InstallOptions options;
    options.check_only = true;
    const auto checked = ContentStore(data(), {}).install(second, options);
    ASSERT_TRUE(checked) << checked.error().message;
    EXPECT_EQ(checked->changes, std::vector<std::string>{"Contacts: 0 added, 0 removed, 1 changed"});
    expect_first_still_in_use(before);
}

// However `current` is written, the pack it leads to survives an install and a check;
// when it leads nowhere a pack folder is known by, nothing is removed.
TEST_F(ContentStoreTest, ThePackInUseSurvivesAnInstallAndACheckWhateverFormCurrentHas) {
    for (const std::string form : {"absolute", "./packs/x", "packs/x/", "dangling", "folder", "file"}) {
        SCOPED_TRACE(form);
        for (const char* folder : {"data", "first", "second", "third"}) fs::remove_all(scratch_.path() / folder);
        install_first();
        const fs::path link = data() / "content" / "current";
        const std::string id = first_folder_.filename().string();
        fs::remove_all(link);
        if (form == "absolute") fs::create_directory_symlink(first_folder_, link);
        if (form == "./packs/x") fs::create_directory_symlink("./packs/" + id, link);
        if (form == "packs/x/") fs::create_directory_symlink("packs/" + id + "/", link);
        if (form == "dangling") fs::create_directory_symlink("packs/gone", link);
        if (form == "folder") fs::create_directory(link);
        if (form == "file") write_file(link, "packs/" + id);
        InstallOptions check;
        check.check_only = true;
        ASSERT_TRUE(ContentStore(data(), {}).install(pack("second", "2.0.0"), check));
        EXPECT_TRUE(fs::is_directory(first_folder_)) << "removed by a check";
        ContentStore(data(), {}).install(pack("third", "3.0.0"), {});
        EXPECT_TRUE(fs::is_directory(first_folder_)) << "removed by an install";
    }
}

TEST_F(ContentStoreTest, KnownNamesDifferingInCaseInstallFromAFatStick) {
    const fs::path windows = pack("windows", "1.0.0");
    fs::rename(windows / "pack.yaml", windows / "Pack.YAML");
    fs::rename(windows / "strings", windows / "Strings");
    InstallOptions options;
    options.case_insensitive_source = false;
    EXPECT_FALSE(ContentStore(data(), {}).install(windows, options));
    options.case_insensitive_source = true;
    ContentStore store(data(), {});
    const auto installed = store.install(windows, options);
    ASSERT_TRUE(installed) << installed.error().message;
    EXPECT_TRUE(fs::is_regular_file(*store.current() / "pack.yaml"));
    EXPECT_TRUE(fs::is_directory(*store.current() / "strings"));
}

TEST_F(ContentStoreTest, HiddenFilesAndMacOsCompanionsAreLeftOnTheStick) {
    const fs::path mac = pack("mac", "1.0.0");
    write_file(mac / "._pack.yaml", std::string("\0\5\26\7", 4));
    write_file(mac / ".DS_Store", "junk");
    write_file(mac / "templates" / "._governor.en.mustache", "junk");
    write_file(mac / ".Trashes" / "501" / "x", "junk");
    ContentStore store(data(), {});
    ASSERT_TRUE(store.install(mac, {}));
    EXPECT_EQ(tree_fingerprint(*store.current()), tree_fingerprint(KIOSK_DEFAULT_PACK));
}

TEST_F(ContentStoreTest, ALinkInThePackIsRefused) {
    const std::string before = install_first();
    const fs::path linked = pack("linked", "2.0.0");
    fs::create_symlink("/etc/passwd", linked / "assets" / "passwords.png");
    const auto installed = ContentStore(data(), {}).install(linked, {});
    ASSERT_FALSE(installed);
    EXPECT_EQ(installed.error().message,
              (linked / "assets" / "passwords.png").string() + " is a link; a content pack holds only plain files and folders");
    expect_first_still_in_use(before);
}

TEST_F(ContentStoreTest, ProgressIsReportedForEveryFileWithTheTotalKnown) {
    std::vector<CopyProgress> reports;
    InstallOptions options;
    options.progress = [&](const CopyProgress& progress) { reports.push_back(progress); };
    ASSERT_TRUE(ContentStore(data(), {}).install(KIOSK_DEFAULT_PACK, options));
    ASSERT_FALSE(reports.empty());
    EXPECT_EQ(reports.back().bytes_done, reports.back().bytes_expected);
    EXPECT_EQ(std::size_t(reports.back().files_done), reports.size());
}

}  // namespace
}  // namespace kiosk::install
