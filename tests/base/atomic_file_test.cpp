#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "base/atomic_file.h"
#include "temporary_folder.h"

namespace {

std::string read_file(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
}

TEST(AtomicFile, ReplacesContentAndLeavesNoTemporaryFile) {
    TemporaryFolder folder;
    const auto file = folder.path() / "nested" / "counters.csv";
    ASSERT_TRUE(kiosk::base::write_file_atomically(file, "first\n"));
    ASSERT_TRUE(kiosk::base::write_file_atomically(file, "second\n"));
    EXPECT_EQ(read_file(file), "second\n");
    int entries = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(file.parent_path())) ++entries;
    EXPECT_EQ(entries, 1);
}

TEST(AtomicFile, NewFileIsPrivateByDefault) {
    TemporaryFolder folder;
    const auto file = folder.path() / "letter.pdf";
    ASSERT_TRUE(kiosk::base::write_file_atomically(file, "%PDF-1.4"));
    struct stat status {};
    ASSERT_EQ(::stat(file.c_str(), &status), 0);
    EXPECT_EQ(status.st_mode & 0777, 0600u);
}

TEST(AtomicFile, TheModeAskedForIsSetWhereTheFileSystemKeepsModes) {
    TemporaryFolder folder;
    const auto file = folder.path() / "counts.csv";
    ASSERT_TRUE(kiosk::base::write_file_atomically(file, "day\n", 0640));
    struct stat status {};
    ASSERT_EQ(::stat(file.c_str(), &status), 0);
    EXPECT_EQ(status.st_mode & 0777, 0640u) << "fchmod still applies here; only a stick's FAT may refuse it";
}

TEST(AtomicFile, ReportsAFolderItCannotCreate) {
    TemporaryFolder folder;
    const auto blocker = folder.path() / "blocker";
    ASSERT_TRUE(kiosk::base::write_file_atomically(blocker, "x"));
    const auto result = kiosk::base::write_file_atomically(blocker / "inside.txt", "y");
    ASSERT_FALSE(result);
    EXPECT_NE(result.error().find("blocker"), std::string::npos) << result.error();
}

TEST(AtomicFile, NeverReplacesANamedPipe) {
    TemporaryFolder folder;
    const auto pipe = folder.path() / "counters.csv";
    ASSERT_EQ(::mkfifo(pipe.c_str(), 0600), 0);
    const auto result = kiosk::base::write_file_atomically(pipe, "x");
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error(), pipe.string() + " is a named pipe, not a file; it was left as it is");
    EXPECT_TRUE(std::filesystem::is_fifo(pipe));
}

}  // namespace

namespace {

TEST(AtomicFile, ALinkIsReplacedInOneStepAndPointsAtTheNewTarget) {
    TemporaryFolder folder;
    const auto link = folder.path() / "current";
    ASSERT_TRUE(kiosk::base::write_link_atomically(link, "packs/one"));
    ASSERT_TRUE(kiosk::base::write_link_atomically(link, "packs/two"));
    EXPECT_EQ(std::filesystem::read_symlink(link), "packs/two");
    int entries = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder.path())) ++entries;
    EXPECT_EQ(entries, 1);  // no temporary link left
}

// A copy kept aside takes the first free number and never replaces an earlier one, nor
// follows a link planted at the next number.
TEST(AtomicFile, ANumberedCopyTakesTheFirstFreeNumberAndReplacesNothing) {
    TemporaryFolder folder;
    const std::string stem = (folder.path() / "counters.csv.damaged-").string();
    ASSERT_TRUE(kiosk::base::write_file_atomically(stem + "1", "earlier\n"));
    std::filesystem::create_symlink(folder.path() / "elsewhere", stem + "2");

    const auto copy = kiosk::base::write_first_free_numbered_file(stem, "damaged\n");

    ASSERT_TRUE(copy) << copy.error();
    EXPECT_EQ(*copy, stem + "3");
    EXPECT_EQ(read_file(*copy), "damaged\n");
    EXPECT_EQ(read_file(stem + "1"), "earlier\n");
    EXPECT_FALSE(std::filesystem::exists(folder.path() / "elsewhere"));
}

}  // namespace
