// `letter-kiosk preview PACK OUTDIR` run as staff run it, with no display (as in CI, or
// on a laptop over ssh): the files it writes, read back as staff would look at them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <SFML/Graphics/Image.hpp>

#include "command_runner.h"

namespace kiosk::app {
namespace {

namespace fs = std::filesystem;
using kiosk::testing::CommandResult;
using kiosk::testing::run_command;
using kiosk::testing::ScratchFolder;
using kiosk::testing::shell_quoted;

CommandResult preview(const fs::path& pack, const fs::path& out, const std::string& environment = "") {
    return run_command("env -u DISPLAY " + environment + " " + shell_quoted(LETTER_KIOSK_PROGRAM) + " preview " +
                       shell_quoted(pack.string()) + " " + shell_quoted(out.string()) + " < /dev/null");
}

// Every file under `folder`, relative to it, hidden ones included.
std::set<std::string> files_in(const fs::path& folder) {
    std::set<std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        if (!entry.is_directory()) files.insert(entry.path().lexically_relative(folder).string());
    }
    return files;
}

std::set<std::string> expected_preview_files() {
    std::set<std::string> files{"preview.txt"};
    for (const char* language : {"en", "es"}) {
        for (const char* recipient : {"president", "governor", "prosecutor", "sheriff", "local-official"}) {
            files.insert(std::string("letters/") + recipient + "." + language + ".pdf");
        }
        int number = 0;
        for (const char* screen : {"welcome", "who", "where", "why", "you", "review", "done"}) {
            files.insert("screens/" + std::to_string(++number) + "-" + screen + "." + language + ".png");
        }
    }
    return files;
}

TEST(PreviewCommand, WritesEveryLetterAndScreenUnderAPrivateDisplay) {
    ScratchFolder scratch;
    const fs::path out = scratch.path() / "event" / "preview";  // neither exists yet
    const CommandResult run = preview(DEFAULT_CONTENT_DIR, out);
    ASSERT_EQ(run.exit_code, 0) << run.output;
    EXPECT_NE(run.output.find("Letter 3 of 10: governor in en, from Missouri (MO) …\n"), std::string::npos)
        << run.output;
    EXPECT_NE(run.output.find("Screen 14 of 14: done in es …\n"), std::string::npos) << run.output;
    EXPECT_EQ(files_in(out), expected_preview_files());
    // Nothing left beside it: the unfinished folder took OUTDIR's place.
    EXPECT_EQ(files_in(scratch.path()).size(), expected_preview_files().size());

    const CommandResult text = run_command("pdftotext " + shell_quoted((out / "letters/governor.en.pdf").string()) + " -");
    ASSERT_EQ(text.exit_code, 0);
    for (const char* words : {"Dear Governor Kehoe:", "Jefferson City, MO 65102", "Sample Name", "I live in Sampletown"}) {
        EXPECT_NE(text.output.find(words), std::string::npos) << words << " in\n" << text.output;
    }

    sf::Image where;
    ASSERT_TRUE(where.loadFromFile((out / "screens/3-where.en.png").string()));
    EXPECT_EQ(where.getSize(), sf::Vector2u(1280, 800));
    // Not blank: the pack's primary colour (#1B4F72, the chosen state and Next) and
    // plenty of other pixels besides the white background.
    std::size_t primary = 0, not_background = 0;
    for (unsigned y = 0; y < 800; ++y) {
        for (unsigned x = 0; x < 1280; ++x) {
            const sf::Color pixel = where.getPixel(x, y);
            if (pixel == sf::Color(0x1B, 0x4F, 0x72)) ++primary;
            if (pixel != sf::Color::White) ++not_background;
        }
    }
    EXPECT_GT(primary, 1280u * 800u / 50);
    EXPECT_GT(not_background, 1280u * 800u / 5);
}

TEST(PreviewCommand, ReplacesAnEarlierPreviewWhole) {
    ScratchFolder scratch;
    const fs::path out = scratch.path() / "preview";
    ASSERT_EQ(preview(DEFAULT_CONTENT_DIR, out).exit_code, 0);
    std::ofstream(out / "letters" / "mayor.en.pdf") << "%PDF from a pack that had a mayor";
    const CommandResult again = preview(DEFAULT_CONTENT_DIR, out);
    ASSERT_EQ(again.exit_code, 0) << again.output;
    EXPECT_EQ(files_in(out), expected_preview_files());
    EXPECT_EQ(files_in(scratch.path()).size(), expected_preview_files().size());
}

TEST(PreviewCommand, RefusesAFolderHoldingAnythingElseAndLeavesItAsItWas) {
    ScratchFolder scratch;
    const fs::path out = scratch.path() / "documents";
    fs::create_directories(out);
    std::ofstream(out / "speech.odt") << "my speech";
    const CommandResult run = preview(DEFAULT_CONTENT_DIR, out);
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(run.output, "letter-kiosk preview: " + out.string() +
                              ": this folder already holds other files, and a preview never writes over them; name a "
                              "new or empty folder, or an earlier preview's\n");
    EXPECT_EQ(files_in(scratch.path()), std::set<std::string>{"documents/speech.odt"});
}

TEST(PreviewCommand, BrokenPackGivesCheckContentsMessagesAndWritesNothing) {
    ScratchFolder scratch;
    const fs::path pack = scratch.path() / "pack";
    fs::copy(DEFAULT_CONTENT_DIR, pack, fs::copy_options::recursive);
    {
        std::ifstream in(pack / "pack.yaml");
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        text.replace(text.find("paper: letter"), 13, "paper: legal");
        std::ofstream(pack / "pack.yaml") << text;
    }
    const CommandResult check = run_command(shell_quoted(LETTER_KIOSK_PROGRAM) + " check-content " +
                                            shell_quoted(pack.string()) + " 2>&1");
    const CommandResult run = preview(pack, scratch.path() / "preview");
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(run.output, check.output + "letter-kiosk preview: the pack has 1 problem (as check-content lists "
                                         "them); nothing was written\n");
    EXPECT_FALSE(fs::exists(scratch.path() / "preview"));
}

TEST(PreviewCommand, WithoutXvfbSaysHowToInstallItAndWritesNothing) {
    ScratchFolder scratch;
    const CommandResult run = preview(DEFAULT_CONTENT_DIR, scratch.path() / "preview", "PATH=/nonexistent");
    EXPECT_EQ(run.exit_code, 3);
    const std::string said = "letter-kiosk preview: there is no display, and Xvfb, which draws the screens without "
                             "one, is not installed (Debian: sudo apt-get install xvfb); nothing was written\n";
    ASSERT_GE(run.output.size(), said.size());
    EXPECT_EQ(run.output.substr(run.output.size() - said.size()), said) << run.output;
    EXPECT_TRUE(files_in(scratch.path()).empty());
}

}  // namespace
}  // namespace kiosk::app
