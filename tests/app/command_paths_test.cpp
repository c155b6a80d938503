// A path the system refuses (here: longer than a file name may be) given to any command
// ends it with exit 1 and one plain sentence naming the option and the path. Such paths
// once stopped commands with "stopped by an unexpected error: filesystem error: ..."
// (exit 3) or a wrong "File does not exist". A path or value of any length is shortened
// in the message: a 100 KB argument once came back whole.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "command_runner.h"

namespace kiosk::app {
namespace {

using kiosk::testing::CommandResult;
using kiosk::testing::run_command;
using kiosk::testing::ScratchFolder;
using kiosk::testing::shell_quoted;

const std::string too_long = "/tmp/" + std::string(300, 'x');
// How messages name it: a path is shown whole up to 200 characters.
const std::string shown_too_long = "/tmp/" + std::string(195, 'x') + "… (305 characters)";

CommandResult letter_kiosk(const std::string& arguments, const std::string& input = "") {
    const std::string feed = input.empty() ? " < /dev/null" : " <<< " + shell_quoted(input);
    return run_command("bash -c " + shell_quoted(std::string{LETTER_KIOSK_PROGRAM} + " " + arguments + feed));
}

TEST(CommandPaths, CheckContent) {
    const auto result = letter_kiosk("check-content " + too_long);
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.output, shown_too_long + ": cannot be read: File name too long\n");
}

TEST(CommandPaths, LetterContent) {
    const auto result = letter_kiosk("letter --content " + too_long + " --recipient governor --state MO --out -");
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.output, shown_too_long + ": cannot be read: File name too long\n");
}

TEST(CommandPaths, LetterOut) {
    const auto result = letter_kiosk("letter --recipient governor --state MO --out " + too_long + "/letter.pdf");
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.output, "letter-kiosk letter: --out: cannot use /tmp/" + std::string(195, 'x') +
                                 "… (316 characters): File name too long\n");
}

TEST(CommandPaths, Print) {
    const auto result = letter_kiosk("print " + too_long);
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.output, "letter-kiosk print: cannot read " + shown_too_long + ": File name too long\n");
}

TEST(CommandPaths, SetPinDataDir) {
    const auto result = letter_kiosk("set-pin --data-dir " + too_long, "1234");
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.output, "letter-kiosk set-pin: --data-dir: " + shown_too_long +
                                 ": cannot be used: File name too long; nothing was changed\n");
}

TEST(CommandPaths, RunDataDirSaveDirAndConfig) {
    for (const char* option : {"--data-dir", "--save-dir", "--config"}) {
        const auto result = letter_kiosk(std::string("run --windowed ") + option + " " + too_long);
        EXPECT_EQ(result.exit_code, 1) << option;
        EXPECT_EQ(result.output, "letter-kiosk run: " + std::string(option) + ": " + shown_too_long +
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

// An argument of 100,000 characters, to commands that refuse it in their own words and to
// CLI11's checks: the message stays a line or two and still says what was wrong.
TEST(CommandPaths, AHugeArgumentIsShortenedInTheMessage) {
    const std::string huge(100000, 'x');
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"print /tmp/" + huge, "letter-kiosk print: cannot read /tmp/xxx"},
        {"run --windowed --config /tmp/" + huge, "letter-kiosk run: --config: /tmp/xxx"},
        {"check-content /tmp/" + huge, ": cannot be read: File name too long"},
        {"letter --recipient governor --state " + huge + " --out -", "letter-kiosk letter: --state: no state \"xxx"},
        {"print --printer " + huge + " /tmp/letter.pdf", "--printer: 'xxx"},
        {"letter --paper=" + huge, "--paper: "},
        {"sign-content /tmp/" + huge, "PACK: Directory does not exist: /tmp/xxx"},
        {huge, "The following argument was not expected: xxx"},
    };
    for (const auto& [arguments, names_it] : cases) {
        const auto result = letter_kiosk(arguments);
        const std::string command = arguments.substr(0, 30);
        EXPECT_NE(result.exit_code, 0) << command;
        EXPECT_LT(result.output.size(), 2000u) << command << ": " << result.output.substr(0, 300);
        EXPECT_NE(result.output.find(names_it), std::string::npos) << command << ": " << result.output.substr(0, 300);
        EXPECT_NE(result.output.find("(100"), std::string::npos)
            << command << " says how long it was: " << result.output.substr(0, 300);
    }
}

}  // namespace
}  // namespace kiosk::app
