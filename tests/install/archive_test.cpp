// Packs as archive files, including hostile ones: only plain files and folders inside
// the pack land on the kiosk's disk, within the size and count limits, and a refused
// archive leaves the pack in use byte-identical.
#include <algorithm>
#include <atomic>
#include <fstream>
#include <memory>

#include <archive.h>
#include <archive_entry.h>
#include <gtest/gtest.h>

#include "archive_writer.h"
#include "install/content_store.h"
#include "install/pack_sources.h"
#include "store_fixture.h"

namespace kiosk::install {
namespace {

namespace fs = std::filesystem;
using testing::read_file;
using testing::Scratch;
using testing::tree_fingerprint;
using Reason = InstallRefusal::Reason;

using Entry = testing::ArchiveEntry;
using Format = testing::ArchiveFormat;
using testing::default_pack_entries;
using testing::write_archive;

class ArchiveTest : public ::testing::Test {
protected:
    void SetUp() override {
        ContentStore store(data(), {});
        ASSERT_TRUE(store.install(KIOSK_DEFAULT_PACK, {}));
        in_use_ = *store.current();
        fingerprint_ = tree_fingerprint(in_use_);
    }
    fs::path data() const { return scratch_.path() / "data"; }
    fs::path archive_path(const std::string& name) const { return scratch_.path() / name; }

    // Installs the archive made of `entries` (a newer version than the one in use);
    // the refusal, or a test failure when it installed.
    InstallRefusal refused(const std::vector<Entry>& entries, Format format = Format::Zip) {
        const fs::path file = archive_path(format == Format::Zip ? "pack.zip" : "pack.tar.gz");
        write_archive(file, format, entries);
        InstallOptions options;
        options.allow_older = true;
        const auto installed = ContentStore(data(), {}).install(file, options);
        EXPECT_FALSE(installed);
        ContentStore store(data(), {});
        EXPECT_EQ(*store.current(), in_use_);
        EXPECT_EQ(tree_fingerprint(in_use_), fingerprint_);
        return installed ? InstallRefusal{} : installed.error();
    }

    Scratch scratch_;
    fs::path in_use_;
    std::string fingerprint_;
};

TEST_F(ArchiveTest, AZipWithThePackAtItsTopInstalls) {
    write_archive(archive_path("pack.zip"), Format::Zip, default_pack_entries());
    InstallOptions options;
    options.allow_older = true;
    ContentStore store(data(), {});
    const auto installed = store.install(archive_path("pack.zip"), options);
    ASSERT_TRUE(installed) << installed.error().message;
    EXPECT_EQ(tree_fingerprint(*store.current()), fingerprint_);
}

TEST_F(ArchiveTest, ATarGzOfThePackFolderInstallsWithMacOsCompanionsLeftOut) {
    auto entries = default_pack_entries("my-campaign/");
    entries.push_back({"my-campaign/._pack.yaml", "junk"});
    entries.push_back({"__MACOSX/my-campaign/._states.yaml", "junk"});
    entries.push_back({"my-campaign/.DS_Store", "junk"});
    write_archive(archive_path("PACK.TGZ"), Format::TarGz, entries);
    InstallOptions options;
    options.allow_older = true;
    ContentStore store(data(), {});
    const auto installed = store.install(archive_path("PACK.TGZ"), options);
    ASSERT_TRUE(installed) << installed.error().message;
    EXPECT_EQ(tree_fingerprint(*store.current()), fingerprint_);
}

TEST_F(ArchiveTest, ProblemsInAnArchivedPackArePlacedInsideTheArchive) {
    auto entries = default_pack_entries("my-campaign/");
    for (auto& entry : entries)
        if (entry.name == "my-campaign/states.yaml") entry.bytes = "states: [\n";
    const auto refusal = refused(entries);
    EXPECT_EQ(refusal.reason, Reason::BadPack);
    ASSERT_FALSE(refusal.problems.empty());
    EXPECT_EQ(refusal.problems.front().file, (archive_path("pack.zip") / "my-campaign" / "states.yaml").string());
}

TEST_F(ArchiveTest, ZipSlipIsRefusedAndNothingIsWrittenOutside) {
    auto entries = default_pack_entries();
    entries.push_back({"../../escaped.yaml", "x"});
    const auto refusal = refused(entries);
    EXPECT_EQ(refusal.message, archive_path("pack.zip").string() +
                                   ": '../../escaped.yaml' climbs out of the pack with '..'; a content pack holds only "
                                   "plain files and folders");
    EXPECT_FALSE(fs::exists(data() / "content" / "escaped.yaml"));
    EXPECT_FALSE(fs::exists(data() / "escaped.yaml"));
}

TEST_F(ArchiveTest, AnAbsolutePathIsRefused) {
    auto entries = default_pack_entries();
    entries.push_back({"/tmp/letter-kiosk-absolute.yaml", "x"});
    EXPECT_NE(refused(entries).message.find("is an absolute path"), std::string::npos);
    EXPECT_FALSE(fs::exists("/tmp/letter-kiosk-absolute.yaml"));
}

TEST_F(ArchiveTest, LinksHardLinksAndDevicesAreRefused) {
    const std::vector<std::pair<Entry, std::string>> cases = {
        {{"assets/out.png", "", AE_IFLNK, "/etc/passwd"}, "assets/out.png is a link"},
        {{"assets/twin.png", "", AE_IFREG, "pack.yaml"}, "assets/twin.png is a hard link"},
        {{"assets/null", "", AE_IFCHR}, "assets/null is a device"},
    };
    for (const auto& [hostile, message] : cases) {
        auto entries = default_pack_entries();
        entries.push_back(hostile);
        for (Format format : {Format::Zip, Format::TarGz}) {
            // zip has no devices or hard links
            if (format == Format::Zip && (hostile.type == AE_IFCHR || (!hostile.link.empty() && hostile.type == AE_IFREG))) continue;
            const auto refusal = refused(entries, format);
            EXPECT_NE(refusal.message.find(message), std::string::npos) << refusal.message;
        }
    }
}

TEST_F(ArchiveTest, TenThousandFilesAreRefused) {
    auto entries = default_pack_entries();
    for (int i = 0; i < 10000; ++i) entries.push_back({"assets/many/" + std::to_string(i) + ".txt", "x"});
    const auto refusal = refused(entries, Format::TarGz);
    EXPECT_EQ(refusal.message, "the pack has more than 2000 files and folders; a content pack needs far fewer");
}

TEST_F(ArchiveTest, HiddenEntriesCountAgainstTheEntryLimit) {
    auto entries = default_pack_entries();
    for (int i = 0; i < 3000; ++i) entries.push_back({"__MACOSX/._" + std::to_string(i), "x"});
    for (Format format : {Format::Zip, Format::TarGz}) {
        EXPECT_NE(refused(entries, format).message.find("holds more than 2000 entries"), std::string::npos);
    }
}

TEST_F(ArchiveTest, AHundredThousandHiddenEntriesAreRefusedAtTheEntryLimit) {
    std::vector<Entry> entries;
    for (int i = 0; i < 100000; ++i) entries.push_back({".hidden" + std::to_string(i), ""});
    EXPECT_NE(refused(entries).message.find("holds more than 2000 entries"), std::string::npos);
}

TEST_F(ArchiveTest, RepeatedFolderEntriesCountAgainstTheEntryLimit) {
    auto entries = default_pack_entries();
    for (int i = 0; i < 3000; ++i) entries.push_back({"assets/", "", AE_IFDIR});
    EXPECT_NE(refused(entries, Format::TarGz).message.find("holds more than 2000 entries"), std::string::npos);
}

TEST_F(ArchiveTest, AHiddenEntryOverTheSizeLimitIsRefusedWithoutInflatingIt) {
    auto entries = default_pack_entries();
    entries.push_back({".DS_Store", "", AE_IFREG, "", 150ull << 20});
    for (Format format : {Format::Zip, Format::TarGz}) {
        const std::string message = refused(entries, format).message;
        EXPECT_NE(message.find("unpacks to more than 100 MB in all"), std::string::npos) << message;
    }
}

TEST_F(ArchiveTest, AGigabyteExpansionIsRefusedAtTheFileLimit) {
    auto entries = default_pack_entries();
    entries.push_back({"assets/bomb.png", "", AE_IFREG, "", 1ull << 30});
    const auto refusal = refused(entries, Format::TarGz);
    EXPECT_NE(refusal.message.find("assets/bomb.png is larger than 20 MB"), std::string::npos) << refusal.message;
}

TEST_F(ArchiveTest, ManyFilesUnderTheFileLimitAreRefusedAtTheTotalLimit) {
    auto entries = default_pack_entries();
    for (int i = 0; i < 11; ++i) entries.push_back({"assets/big" + std::to_string(i) + ".png", "", AE_IFREG, "", 10ull << 20});
    EXPECT_EQ(refused(entries, Format::TarGz).message, "the pack is larger than 100 MB in all; a content pack is far smaller");
}

// Cancel, pressed once the first file is unpacked, stops at the next entry.
TEST_F(ArchiveTest, CancelStopsAnArchiveInstallAtTheNextEntry) {
    const fs::path packs = data() / "content" / "packs";
    const std::string before = tree_fingerprint(packs);
    for (Format format : {Format::Zip, Format::TarGz}) {
        const fs::path file = archive_path(format == Format::Zip ? "pack.zip" : "pack.tar.gz");
        write_archive(file, format, default_pack_entries());
        std::atomic<bool> cancel{false};
        int files_done = 0;
        InstallOptions options;
        options.allow_older = true;
        options.cancel = &cancel;
        options.progress = [&](const CopyProgress& progress) {
            files_done = progress.files_done;
            if (progress.files_done == 1) cancel = true;
        };
        const auto installed = ContentStore(data(), {}).install(file, options);
        ASSERT_FALSE(installed);
        EXPECT_EQ(installed.error().reason, Reason::Cancelled);
        EXPECT_EQ(installed.error().message, "Stopped: nothing was changed.");
        EXPECT_EQ(files_done, 1);
        EXPECT_EQ(tree_fingerprint(packs), before);
    }
}

TEST_F(ArchiveTest, ATruncatedArchiveIsRefused) {
    write_archive(archive_path("whole.tar.gz"), Format::TarGz, default_pack_entries());
    const std::string bytes = read_file(archive_path("whole.tar.gz"));
    testing::write_file(archive_path("cut.tar.gz"), bytes.substr(0, bytes.size() / 2));
    InstallOptions options;
    options.allow_older = true;
    const auto installed = ContentStore(data(), {}).install(archive_path("cut.tar.gz"), options);
    ASSERT_FALSE(installed);
    EXPECT_EQ(installed.error().reason, Reason::BadPack);
    EXPECT_NE(installed.error().message.find("cannot unpack"), std::string::npos) << installed.error().message;
    EXPECT_EQ(tree_fingerprint(in_use_), fingerprint_);
}

TEST_F(ArchiveTest, AFileThatIsNotAnArchiveIsRefused) {
    testing::write_file(archive_path("notes.zip"), "these are my notes, not a zip file\n");
    const auto installed = ContentStore(data(), {}).install(archive_path("notes.zip"), {});
    ASSERT_FALSE(installed);
    EXPECT_EQ(installed.error().reason, Reason::BadPack);
    EXPECT_EQ(tree_fingerprint(in_use_), fingerprint_);
}

}  // namespace
}  // namespace kiosk::install

namespace kiosk::install {
namespace {

// The same limit for a pack folder: a subfolder of hidden files refuses the pack, never
// drops the files listed after them.
TEST_F(ArchiveTest, AFolderWithManyHiddenFilesIsRefusedNotTruncated) {
    const fs::path pack = scratch_.path() / "pack";
    fs::copy(KIOSK_DEFAULT_PACK, pack, fs::copy_options::recursive);
    fs::create_directories(pack / "assets" / "aaa");
    for (int i = 0; i < 3000; ++i) std::ofstream(pack / "assets" / "aaa" / ("._" + std::to_string(i))) << "x";
    InstallOptions options;
    options.allow_older = true;
    const auto installed = ContentStore(data(), {}).install(pack, options);
    ASSERT_FALSE(installed);
    EXPECT_NE(installed.error().message.find("holds more than 2000 files and folders (hidden ones count too)"),
              std::string::npos)
        << installed.error().message;
    EXPECT_EQ(*ContentStore(data(), {}).current(), in_use_);
}

}  // namespace
}  // namespace kiosk::install

namespace kiosk::install {
namespace {

// A folder on the stick swapped for a link once the copy has begun (the progress
// callback is the hook: it runs after the first file is copied) is never followed.
TEST(FolderCopyTest, AFolderSwappedForALinkMidCopyIsNotFollowed) {
    Scratch scratch;
    const fs::path source = scratch.path() / "pack";
    const fs::path outside = scratch.path() / "outside";
    fs::create_directories(source / "sub");
    fs::create_directories(outside);
    std::ofstream(source / "a.txt") << "a";
    std::ofstream(source / "sub" / "b.txt") << "b";
    std::ofstream(outside / "b.txt") << "secret";
    fs::create_directories(scratch.path() / "staging");
    DiskSteps steps;
    bool swapped = false;
    StagingTree tree(scratch.path() / "staging", steps, {}, [&](const CopyProgress&) {
        if (swapped) return;
        swapped = true;
        fs::rename(source / "sub", scratch.path() / "sub.moved");
        fs::create_directory_symlink(outside, source / "sub");
    });
    const auto copied = copy_folder(source, false, tree);
    EXPECT_TRUE(swapped);
    ASSERT_FALSE(copied);
    EXPECT_NE(copied.error().find((source / "sub" / "b.txt").string()), std::string::npos) << copied.error();
    EXPECT_FALSE(fs::exists(scratch.path() / "staging" / "sub" / "b.txt"));
}

// Cancel is heard between read blocks, not only between files: a 20 MB entry of a
// hostile archive stops at the next 64 KB block.
TEST(FolderCopyTest, CancelStopsAFileAtTheNextReadBlock) {
    Scratch scratch;
    fs::create_directories(scratch.path() / "staging");
    DiskSteps steps;
    std::atomic<bool> cancel{false};
    StagingTree tree(scratch.path() / "staging", steps, {}, {}, &cancel, Sync::None);
    int reads = 0;
    const auto added = tree.add_file("big.png", "big.png", [&](char* buffer, std::size_t size) -> tl::expected<std::size_t, std::string> {
        ++reads;
        cancel = true;
        std::fill(buffer, buffer + size, '\0');
        return size;
    });
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error(), "Stopped: nothing was changed.");
    EXPECT_TRUE(tree.cancelled());
    EXPECT_EQ(reads, 1);
    EXPECT_EQ(steps.flushes(), 0);
}

// Modes never come from the stick: files land 0644 and folders 0755 whatever the source says.
TEST(FolderCopyTest, InstalledModesAreFixedWhateverTheStickSays) {
    Scratch scratch;
    const fs::path source = scratch.path() / "pack";
    fs::create_directories(source / "sub");
    std::ofstream(source / "sub" / "run.sh") << "x";
    fs::permissions(source / "sub" / "run.sh", fs::perms::all);
    fs::permissions(source / "sub", fs::perms::all);
    fs::create_directories(scratch.path() / "staging");
    DiskSteps steps;
    StagingTree tree(scratch.path() / "staging", steps, {}, {});
    ASSERT_TRUE(copy_folder(source, false, tree));
    const auto mode = [](const fs::path& path) { return fs::status(path).permissions() & fs::perms::mask; };
    EXPECT_EQ(mode(scratch.path() / "staging" / "sub"), fs::perms(0755));
    EXPECT_EQ(mode(scratch.path() / "staging" / "sub" / "run.sh"), fs::perms(0644));
}

}  // namespace
}  // namespace kiosk::install
