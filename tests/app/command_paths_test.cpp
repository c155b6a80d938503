// A path the system refuses (here: longer than a file name may be) given to any command
// ends it with exit 1 and one plain sentence naming the option and the path. Such paths
// once stopped commands with "stopped by an unexpected error: filesystem error: ..."
// (exit 3) or a wrong "File does not exist".
#include <gtest/gtest.h>

#include <string>

#include "command_runner.h"

namespace kiosk::app {
namespace {

using kiosk::testing::CommandResult;
using kiosk::testing::run_command;
using kiosk::testing::ScratchFolder;
using kiosk::testing::shell_quoted;

const std::string too_long = "/tmp/" + std::string(300, 'x');

CommandResult letter_kiosk(const std::string& arguments, const std::string& input = "") {
    const std::string feed = input.empty() ? " < /dev/null" : " <<< " + shell_quoted(input);
    return run_command("bash -c " + shell_quoted(std::string{LETTER_KIOSK_PROGRAM} + " " + arguments + feed));
}

TEST(CommandPaths, CheckContent) {
    const auto result = letter_kiosk("check-content " + too_long);
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.output, too_long + ": cannot be read: File name too long\n");
}

TEST(CommandPaths, LetterContent) {
    const auto result = letter_kiosk("letter --content " + too_long + " --recipient governor --state MO --out -");
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.output, too_long + ": cannot be read: File name too long\n");
}

TEST(CommandPaths, LetterOut) {
    const auto result = letter_kiosk("letter --recipient governor --state MO --out " + too_long + "/letter.pdf");
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.output,
              "letter-kiosk letter: --out: cannot use " + too_long + "/letter.pdf: File name too long\n");
}

TEST(CommandPaths, Print) {
    const auto result = letter_kiosk("print " + too_long);
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.output, "letter-kiosk print: " + too_long + ": cannot be read: File name too long\n");
}

TEST(CommandPaths, SetPinDataDir) {
    const auto result = letter_kiosk("set-pin --data-dir " + too_long, "1234");
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.output, "letter-kiosk set-pin: --data-dir: " + too_long +
                                 ": cannot be used: File name too long; nothing was changed\n");
}

TEST(CommandPaths, RunDataDirSaveDirAndConfig) {
    for (const char* option : {"--data-dir", "--save-dir", "--config"}) {
        const auto result = letter_kiosk(std::string("run --windowed ") + option + " " + too_long);
        EXPECT_EQ(result.exit_code, 1) << option;
        EXPECT_EQ(result.output, "letter-kiosk run: " + std::string(option) + ": " + too_long +
                                     ": cannot be used: File name too long\n");
    }
}

TEST(CommandPaths, RunWithAFileWhereAFolderShouldBe) {
    ScratchFolder folder;
    const auto file = folder.path() / "settings.yaml";
    kiosk::testing::write_bytes(file, {'a', ':', ' ', '1', '\n'});
    const auto data_dir = letter_kiosk("run --windowed --data-dir " + shell_quoted(file.string()));
    EXPECT_EQ(data_dir.exit_code, 1);
    EXPECT_EQ(data_dir.output, "letter-kiosk run: --data-dir: " + file.string() + ": is not a folder\n");
    const auto config = letter_kiosk("run --windowed --config " + shell_quoted(folder.path().string()));
    EXPECT_EQ(config.exit_code, 1);
    EXPECT_EQ(config.output, "letter-kiosk run: --config: " + folder.path().string() + ": is not a file\n");
}

}  // namespace
}  // namespace kiosk::app
