// SaveToFolderPrinter: letters saved whole, private, under names without personal data.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "print/save_to_folder_printer.h"
#include "print/saved_letter_files.h"
#include "print_test_letters.h"

namespace kiosk::print {
namespace {

namespace fs = std::filesystem;

class SaveToFolderPrinterTest : public ::testing::Test {
protected:
    void SetUp() override {
        root_ = fs::temp_directory_path() / ("letter-kiosk-save-test-" + std::to_string(::getpid()));
        fs::remove_all(root_);
        fs::create_directories(root_);
    }
    void TearDown() override { fs::remove_all(root_); }

    static std::vector<unsigned char> read(const fs::path& path) {
        std::ifstream in(path, std::ios::binary);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }

    fs::path root_;
};

TEST_F(SaveToFolderPrinterTest, SavesEachLetterWholeAndReadableOnlyByTheKiosk) {
    const fs::path folder = root_ / "letters";
    const auto letters = testing::test_letters(3);

    const auto outcomes = SaveToFolderPrinter(folder).print(letters, {});

    ASSERT_EQ(outcomes.size(), 3u);
    for (std::size_t i = 0; i < letters.size(); ++i) {
        ASSERT_EQ(outcomes[i].status, LetterOutcome::Status::Saved) << outcomes[i].detail;
        EXPECT_EQ(outcomes[i].message_key, "print.saved");
        const fs::path saved = outcomes[i].saved_to;
        EXPECT_EQ(saved.parent_path(), folder);
        EXPECT_EQ(saved.extension(), ".pdf");
        EXPECT_EQ(read(saved), letters[i].pdf);
        struct stat info {};
        ASSERT_EQ(::stat(saved.c_str(), &info), 0);
        EXPECT_EQ(info.st_mode & 0777, 0600u) << saved;
    }
    EXPECT_NE(fs::path(outcomes[1].saved_to).filename().string().find("-2-of-3"), std::string::npos);
    // Only finished letters are in the folder: no temporary file is left behind.
    EXPECT_EQ(std::distance(fs::directory_iterator(folder), fs::directory_iterator()), 3);
    EXPECT_EQ(fs::status(folder).permissions() & fs::perms::all, fs::perms::owner_all);
}

TEST_F(SaveToFolderPrinterTest, TwoLettersSavedInTheSameSecondKeepBothFiles) {
    const fs::path folder = root_ / "letters";
    SaveToFolderPrinter printer(folder);

    const auto first = printer.print({testing::test_letter(1)}, {});
    const auto second = printer.print({testing::test_letter(2)}, {});

    EXPECT_NE(first.at(0).saved_to, second.at(0).saved_to);
    EXPECT_EQ(read(first.at(0).saved_to), testing::test_letter(1).pdf);
    EXPECT_EQ(read(second.at(0).saved_to), testing::test_letter(2).pdf);
}

TEST_F(SaveToFolderPrinterTest, ALetterSavedAloneKeepsItsPlaceInTheVisitInItsName) {
    // A retry after letter 1 of 3 was saved sends letters 2 and 3 only.
    const auto outcomes = SaveToFolderPrinter(root_).print({testing::test_letter(2, 3), testing::test_letter(3, 3)}, {});

    ASSERT_EQ(outcomes.size(), 2u);
    const std::string second = fs::path(outcomes[0].saved_to).filename().string();
    const std::string third = fs::path(outcomes[1].saved_to).filename().string();
    EXPECT_NE(second.find("-2-of-3"), std::string::npos) << second;
    EXPECT_NE(third.find("-3-of-3"), std::string::npos) << third;
}

TEST_F(SaveToFolderPrinterTest, SavingFirstRemovesTemporaryLettersACutShortSaveLeft) {
    const fs::path leftover = root_ / ".letter-20261125-120501-1-of-2.Ab3xYz";
    std::ofstream(leftover) << "%PDF- a visitor's unfinished letter";
    const std::vector<fs::path> kept = {root_ / "letter-20261125-120501-2-of-2.pdf", root_ / ".letter-notes",
                                        root_ / ".letter-20261125-120501-1-of-2.Ab3xYz.bak", root_ / "notes.txt"};
    for (const fs::path& file : kept) std::ofstream(file) << "staff's";

    const auto outcomes = SaveToFolderPrinter(root_).print({testing::test_letter(1)}, {});

    EXPECT_EQ(outcomes.at(0).status, LetterOutcome::Status::Saved);
    EXPECT_FALSE(fs::exists(leftover));
    for (const fs::path& file : kept) EXPECT_TRUE(fs::exists(file)) << file << " is not ours to remove";
}

TEST_F(SaveToFolderPrinterTest, OnlyRegularFilesNamedAsOurTemporariesAreRemoved) {
    const fs::path outside = root_ / "outside.pdf";
    std::ofstream(outside) << "not in the save folder";
    const fs::path folder = root_ / "letters";
    fs::create_directories(folder / ".letter-20261125-120501-1-of-1.folder");
    fs::create_symlink(outside, folder / ".letter-20261125-120501-1-of-1.Link01");
    std::ofstream(folder / ".letter-20261125-120501-1-of-1.Ab3xYz") << "%PDF-";
    std::ofstream(folder / ".letter-20261125-120501-12-of-12.000000") << "%PDF-";

    EXPECT_EQ(remove_leftover_letters(folder), 2u);
    EXPECT_TRUE(fs::exists(outside));
    EXPECT_TRUE(fs::is_symlink(folder / ".letter-20261125-120501-1-of-1.Link01"));
    EXPECT_TRUE(fs::is_directory(folder / ".letter-20261125-120501-1-of-1.folder"));
    EXPECT_EQ(remove_leftover_letters(root_ / "no-such-folder"), 0u);
}

TEST_F(SaveToFolderPrinterTest, FolderThatCannotBeCreatedSaysSaveFailedAndSendsNoMore) {
    const fs::path blocker = root_ / "a-file";
    std::ofstream(blocker) << "not a folder";

    const auto outcomes = SaveToFolderPrinter(blocker / "letters").print(testing::test_letters(2), {});

    EXPECT_EQ(outcomes.at(0).status, LetterOutcome::Status::Failed);
    EXPECT_EQ(outcomes.at(0).message_key, "print.save-failed");
    EXPECT_EQ(outcomes.at(1).message_key, "print.not-sent");
}

TEST_F(SaveToFolderPrinterTest, DefaultFolderIsInTheUsersDataDirectory) {
    ::setenv("XDG_DATA_HOME", "/srv/kiosk-data", 1);
    EXPECT_EQ(default_save_folder(), fs::path("/srv/kiosk-data/letter-kiosk/letters"));
    ::unsetenv("XDG_DATA_HOME");
    ::setenv("HOME", "/home/kiosk", 1);
    EXPECT_EQ(default_save_folder(), fs::path("/home/kiosk/.local/share/letter-kiosk/letters"));
}

}  // namespace
}  // namespace kiosk::print
