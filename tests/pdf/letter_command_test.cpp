#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>

#include "command_runner.h"

namespace kiosk::app {
namespace {

using kiosk::testing::CommandResult;
using kiosk::testing::run_command;
using kiosk::testing::ScratchFolder;
using kiosk::testing::shell_quoted;
using kiosk::testing::write_bytes;

// The real program and the real default pack: what staff would run.
CommandResult letter_kiosk(const std::string& arguments) {
    return run_command(std::string{LETTER_KIOSK_PROGRAM} + " letter --content " + shell_quoted(DEFAULT_CONTENT_DIR) +
                       " " + arguments);
}

// A copy of the default pack in `folder`, for a test to break in one place.
std::filesystem::path copy_of_default_pack(const ScratchFolder& folder) {
    const auto pack = folder.path() / "pack";
    std::filesystem::copy(DEFAULT_CONTENT_DIR, pack, std::filesystem::copy_options::recursive);
    return pack;
}

void write_text(const std::filesystem::path& file, const std::string& text) {
    write_bytes(file, std::vector<unsigned char>(text.begin(), text.end()));
}

std::string text_of(const std::filesystem::path& pdf) {
    return run_command("pdftotext -enc UTF-8 " + shell_quoted(pdf.string()) + " -").output;
}

TEST(LetterCommand, WritesTheLetterAndExitsZero) {
    ScratchFolder folder;
    const auto out = folder.path() / "governor.pdf";
    const auto result = letter_kiosk("--recipient governor --state MO --condition heart-disease --condition elderly "
                                     "--name 'José Núñez-Ødegård' --address '12 Elm Street; Columbia, MO 65201' --out " +
                                     shell_quoted(out.string()));
    ASSERT_EQ(result.exit_code, 0) << result.output;
    const auto text = text_of(out);
    EXPECT_NE(text.find("Dear Governor Kehoe:"), std::string::npos) << text;
    EXPECT_NE(text.find("José Núñez-Ødegård"), std::string::npos) << text;
    EXPECT_NE(text.find("Columbia, MO 65201"), std::string::npos) << text;
    // Only the letter is left in the folder: the temporary file was renamed.
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator{folder.path()}, {}), 1);
}

TEST(LetterCommand, DashWritesThePdfToStandardOutput) {
    const auto result = letter_kiosk("--recipient president --state KS --out -");
    ASSERT_EQ(result.exit_code, 0);
    EXPECT_EQ(result.output.rfind("%PDF-", 0), 0u);
}

TEST(LetterCommand, SpanishA4WithoutOwnWordsBox) {
    ScratchFolder folder;
    const auto out = folder.path() / "carta.pdf";
    const auto result = letter_kiosk("--recipient sheriff --state MO --county 'Boone County' --lang es --paper a4 "
                                     "--no-own-words --out " + shell_quoted(out.string()));
    ASSERT_EQ(result.exit_code, 0) << result.output;
    const auto info = run_command("pdfinfo " + shell_quoted(out.string())).output;
    EXPECT_NE(info.find("(A4)"), std::string::npos) << info;
    const auto text = text_of(out);
    EXPECT_NE(text.find("Boone County"), std::string::npos) << text;
    EXPECT_EQ(text.find("En mis propias palabras"), std::string::npos) << text;
}

TEST(LetterCommand, UnknownRecipientListsTheValidOnes) {
    const auto result = letter_kiosk("--recipient mayor --state MO --out -");
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.output.find("--recipient"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("president, governor, prosecutor, sheriff, local-official"), std::string::npos)
        << result.output;
}

TEST(LetterCommand, ErrorsWriteOutControlCharactersTheyQuote) {
    const auto result = letter_kiosk("--recipient " + shell_quoted("\x1b[2J\r") + " --state MO --out -");
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(
        result.output.rfind("letter-kiosk letter: --recipient: no recipient \"\\u001B[2J\\u000D\" in the ", 0), 0u)
        << result.output;
}

// A name of 70,000 bytes once ended in "libharu error 0x105B".
TEST(LetterCommand, NameAndAddressHaveThePacksLimits) {
    const auto name = letter_kiosk("--recipient governor --state MO --name " + std::string(70000, 'x') + " --out -");
    EXPECT_EQ(name.exit_code, 1);
    EXPECT_EQ(name.output, "letter-kiosk letter: --name: at most 200 characters a line, not 70000\n");
    const auto address = letter_kiosk("--recipient governor --state MO --address '1; 2; 3; 4; 5; 6; 7' --out -");
    EXPECT_EQ(address.exit_code, 1);
    EXPECT_EQ(address.output, "letter-kiosk letter: --address: at most 6 lines, not 7\n");
    const auto control =
        letter_kiosk("--recipient governor --state MO --address " + shell_quoted("12 Elm\x1b[2J") + " --out -");
    EXPECT_EQ(control.exit_code, 1);
    EXPECT_EQ(control.output, "letter-kiosk letter: --address: only printable text, with no control characters\n");
}

TEST(LetterCommand, CountyLevelRecipientNeedsACounty) {
    const auto result = letter_kiosk("--recipient sheriff --state MO --out -");
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.output.find("--county"), std::string::npos) << result.output;
}

TEST(LetterCommand, UnknownCountySuggestsCloseOnes) {
    const auto result = letter_kiosk("--recipient sheriff --state MO --county Boone --out -");
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.output.find("did you mean: Boone County"), std::string::npos) << result.output;
}

TEST(LetterCommand, UnknownConditionIsBadInput) {
    const auto result = letter_kiosk("--recipient governor --state MO --condition flu --out -");
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.output.find("\"flu\""), std::string::npos) << result.output;
}

TEST(LetterCommand, BrokenContentPackReportsItsProblems) {
    ScratchFolder folder;
    const auto result = run_command(std::string{LETTER_KIOSK_PROGRAM} + " letter --content " +
                                    shell_quoted(folder.path().string()) + " --recipient governor --state MO --out -");
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.output.find(folder.path().string()), std::string::npos) << result.output;
}

// Once minutes and gigabytes inside kainjow (30,000 deep): the letter checks templates
// as check-content does.
TEST(LetterCommand, TemplateNestedTooDeepIsRefusedBeforeItIsRendered) {
    ScratchFolder folder;
    const auto pack = copy_of_default_pack(folder);
    std::string nested;
    for (int i = 0; i < 600; ++i) nested += "{{#has_sender}}";
    for (int i = 0; i < 600; ++i) nested += "{{/has_sender}}";
    write_text(pack / "templates" / "governor.en.mustache", nested);
    const auto result = run_command(std::string{LETTER_KIOSK_PROGRAM} + " letter --content " +
                                    shell_quoted(pack.string()) + " --recipient governor --state MO --out -");
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.output, (pack / "templates" / "governor.en.mustache").string() +
                                 ":1:121: sections are nested more than 8 deep; a letter never needs that many\n");
}

// Once a crash: the county hint read the first county of an empty list.
TEST(LetterCommand, StateWithNoCountiesIsAContentProblem) {
    ScratchFolder folder;
    const auto pack = copy_of_default_pack(folder);
    write_text(pack / "states.yaml", "states:\n  - id: MO\n    name: {en: Missouri, es: Misuri}\n    counties: []\n");
    write_text(pack / "recipients.yaml",
               "recipients:\n  - id: sheriff\n    level: county\n    label: {en: Sheriff, es: Alguacil}\n"
               "    hint: {en: Your sheriff, es: Su alguacil}\n    office: {en: Sheriff, es: Alguacil}\n"
               "    salutation: {en: \"Dear Sheriff:\", es: \"Estimado(a) Alguacil:\"}\n");
    std::filesystem::remove(pack / "zips.csv");  // it names the other states
    for (const char* recipient : {"president", "governor", "prosecutor", "local-official"}) {
        for (const char* language : {"en", "es"}) {
            std::filesystem::remove(pack / "templates" / (std::string{recipient} + "." + language + ".mustache"));
        }
    }
    const auto result = run_command(std::string{LETTER_KIOSK_PROGRAM} + " letter --content " +
                                    shell_quoted(pack.string()) + " --recipient sheriff --state MO --out -");
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.output, (pack / "states.yaml").string() + ":4:15: 'counties' needs at least one county\n");
}

TEST(LetterCommand, MissingRequiredOptionIsAUsageError) {
    EXPECT_EQ(letter_kiosk("--recipient governor --state MO").exit_code, 2);
    EXPECT_EQ(letter_kiosk("--recipient governor --state MO --paper legal --out -").exit_code, 2);
}

// --out once renamed the letter over whatever was there: a named pipe became a file,
// and as root `--out /dev/null` replaced the system's /dev/null.
TEST(LetterCommand, OutOntoANamedPipeIsRefusedAndThePipeKept) {
    ScratchFolder folder;
    const auto pipe = folder.path() / "pipe";
    ASSERT_EQ(mkfifo(pipe.c_str(), 0600), 0);
    const auto result = letter_kiosk("--recipient governor --state MO --out " + shell_quoted(pipe.string()));
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.output, "letter-kiosk letter: --out: " + pipe.string() +
                                 " is a named pipe, not a file; it was left as it is\n");
    EXPECT_TRUE(std::filesystem::is_fifo(pipe));
}

TEST(LetterCommand, OutOntoADeviceIsRefusedAndTheDeviceKept) {
    ScratchFolder folder;
    // Through a link, so that a failure replaces the link and not the system's /dev/null.
    const auto device = folder.path() / "null";
    std::filesystem::create_symlink("/dev/null", device);
    const auto result = letter_kiosk("--recipient governor --state MO --out " + shell_quoted(device.string()));
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.output, "letter-kiosk letter: --out: " + device.string() +
                                 " is a device, not a file; it was left as it is\n");
    EXPECT_TRUE(std::filesystem::is_symlink(device));
    EXPECT_TRUE(std::filesystem::is_character_file("/dev/null"));
}

TEST(LetterCommand, OutOntoAFolderIsRefused) {
    ScratchFolder folder;
    const auto result = letter_kiosk("--recipient governor --state MO --out " + shell_quoted(folder.path().string()));
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.output.find("is a folder, not a file"), std::string::npos) << result.output;
    EXPECT_TRUE(std::filesystem::is_directory(folder.path()));
}

TEST(LetterCommand, UnwritableOutputIsASystemFailure) {
    const auto result = letter_kiosk("--recipient governor --state MO --out /nonexistent-folder/letter.pdf");
    EXPECT_EQ(result.exit_code, 3);
    EXPECT_NE(result.output.find("/nonexistent-folder"), std::string::npos) << result.output;
}

}  // namespace
}  // namespace kiosk::app
