// `letter-kiosk check-content`, run the way staff run it: exit codes and what is printed.
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>

#include "pack_copy.h"

namespace kiosk::content {
namespace {

using testing::PackCopy;
using testing::Place;

struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Runs letter-kiosk with `arguments` (already shell-quoted) in `folder`, capturing both streams.
CommandResult run_kiosk(const std::string& arguments, const std::filesystem::path& folder = ".") {
    const std::filesystem::path scratch = std::filesystem::temp_directory_path() / ("check-content-" + std::to_string(getpid()));
    std::filesystem::create_directories(scratch);
    const std::string command = "cd '" + folder.string() + "' && '" + LETTER_KIOSK + "' " + arguments + " >'" +
                                (scratch / "out").string() + "' 2>'" + (scratch / "err").string() + "'";
    const int status = std::system(command.c_str());
    CommandResult run{WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(scratch / "out"), slurp(scratch / "err")};
    std::filesystem::remove_all(scratch);
    return run;
}

std::string quoted(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

TEST(CheckContentCommand, DefaultPackExitsZeroWithASummary) {
    const CommandResult run = run_kiosk("check-content " + quoted(KIOSK_DEFAULT_PACK));
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.err, "");
    EXPECT_NE(run.out.find("Write for Compassionate Release 1.0.0"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Languages: en (English), es (Español)"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("5 recipients, 4 states / 388 counties, 6 grounds, 11 conditions"), std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("2950 ZIP codes (zips.csv)"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Governor of Kansas (governor, KS)"), std::string::npos) << run.out;
}

TEST(CheckContentCommand, BrokenPackExitsOneWithOneSortedLinePerProblem) {
    PackCopy pack;
    const auto paper = pack.replace("pack.yaml", "paper: letter", "paper: legal");
    const auto state = pack.replace("recipients.yaml", "      - state: NE", "      - state: NV");
    const auto label = pack.replace("recipients.yaml", "    label: {en: President", "    labl: {en: President");
    const CommandResult run = run_kiosk("check-content " + quoted(pack.root()));
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(run.out, "");
    const auto lines = lines_of(run.err);
    ASSERT_EQ(lines.size(), 4u) << run.err;
    const std::string pack_yaml = pack.path_of("pack.yaml");
    const std::string recipients = pack.path_of("recipients.yaml");
    EXPECT_EQ(lines[0], pack_yaml + ":" + std::to_string(paper.line) + ":8: 'paper' should be letter or a4, not 'legal'");
    EXPECT_EQ(lines[1].rfind(recipients + ":9:5: a recipient is missing required field 'label'", 0), 0u) << lines[1];
    EXPECT_EQ(lines[2], recipients + ":" + std::to_string(label.line) + ":5: unknown key 'labl' (did you mean 'label'?)");
    EXPECT_EQ(lines[3], recipients + ":" + std::to_string(state.line) +
                            ":16: state 'NV' is not in states.yaml (did you mean 'NE'?)");
}

TEST(CheckContentCommand, NamesFilesWithTheFolderAsTyped) {
    PackCopy pack;
    pack.replace("pack.yaml", "paper: letter", "paper: legal");
    const CommandResult run = run_kiosk("check-content pack", pack.root().parent_path());
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(run.err.rfind("pack/pack.yaml:", 0), 0u) << run.err;
}

// Template problems once named /home/.../././pack/templates/x.mustache.
TEST(CheckContentCommand, NamesEveryFileRelativeToTheFolderAsTypedAndTidied) {
    PackCopy pack;
    pack.write("templates/governor.en.mustache", "Please act in {{state.nme}}.\n");
    const CommandResult run = run_kiosk("check-content ./pack/", pack.root().parent_path());
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(run.err, "pack/templates/governor.en.mustache:1:15: \"state.nme\" is not a value the letter provides "
                       "(did you mean 'state.name'?) (see content/README.md)\n");
}

// Keeps the first item of each list of reasons.yaml, whatever fields the items have.
std::string first_reason_of_each_list(const std::string& reasons) {
    std::istringstream lines(reasons);
    std::string kept;
    int items_in_list = 0;
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty() && line[0] != ' ' && line[0] != '#') items_in_list = 0;  // "grounds:", "conditions:"
        if (line.rfind("  - ", 0) == 0) ++items_in_list;
        if (items_in_list <= 1) kept += line + "\n";
    }
    return kept;
}

// "1 states" and the like, once.
TEST(CheckContentCommand, SummarySaysOneThingInTheSingular) {
    PackCopy pack;
    pack.write("reasons.yaml", first_reason_of_each_list(pack.read("reasons.yaml")));
    const CommandResult run = run_kiosk("check-content " + quoted(pack.root()));
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.out.find("5 recipients, 4 states / 388 counties, 1 ground, 1 condition\n"), std::string::npos)
        << run.out;
}

// Without --content the letter comes from the built-in pack; asked for Illinois, it
// once said only "unknown state".
TEST(CheckContentCommand, LetterNamesThePackItUsedAndTheStatesItHas) {
    const CommandResult run = run_kiosk("letter --recipient governor --state IL --out -");
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(run.err, "letter-kiosk letter: --state: no state \"IL\" in the built-in pack (" +
                           std::filesystem::path(KIOSK_DEFAULT_PACK).lexically_normal().string() +
                           ", Write for Compassionate Release), which has MO, KS, NE, AR; name yours with --content "
                           "DIR\n");
    PackCopy pack;
    const CommandResult named = run_kiosk("letter --content ./pack --recipient governor --state IL --out -",
                                          pack.root().parent_path());
    EXPECT_EQ(named.err, "letter-kiosk letter: --state: no state \"IL\" in the pack in pack (Write for Compassionate "
                         "Release), which has MO, KS, NE, AR\n");
}

TEST(CheckContentCommand, TemplateProblemsFromTheLetterModuleAreIncluded) {
    PackCopy pack;
    pack.write("templates/governor.en.mustache", "Please act in {{state.nme}}.\n");
    const CommandResult run = run_kiosk("check-content " + quoted(pack.root()));
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.err.find(pack.path_of("templates/governor.en.mustache") + ":1:"), std::string::npos) << run.err;
}

// A problem inside a folded string was once reported without any line.
TEST(CheckContentCommand, TemplateProblemInAFoldedStringIsPlacedOnItsLine) {
    PackCopy pack;
    const auto salutation =
        pack.replace("recipients.yaml",
                     "      en: \"Dear Governor{{#recipient.surname}} {{recipient.surname}}{{/recipient.surname}}:\"",
                     "      en: >\n        Dear Governor{{#recipient.surname}}\n        "
                     "{{recipient.surnme}}{{/recipient.surname}}:");
    const CommandResult run = run_kiosk("check-content " + quoted(pack.root()));
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(run.err, pack.path_of("recipients.yaml") + ":" + std::to_string(salutation.line + 2) +
                           ":9: \"recipient.surnme\" is not a value the letter provides "
                           "(did you mean 'recipient.surname'?) (see content/README.md)\n");
}

// Such a salutation once passed, and then the letter to a governor whose name is not
// known crashed the layout.
TEST(CheckContentCommand, SalutationThatPrintsNothingWithoutANameIsPlacedWhereItBegins) {
    PackCopy pack;
    const auto salutation = pack.replace(
        "recipients.yaml", "\"Dear Governor{{#recipient.surname}} {{recipient.surname}}{{/recipient.surname}}:\"",
        "\"{{#recipient.surname}}Dear Governor {{recipient.surname}}:{{/recipient.surname}}\"");
    const CommandResult run = run_kiosk("check-content " + quoted(pack.root()));
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(run.err, pack.path_of("recipients.yaml") + ":" + std::to_string(salutation.line) + ":" +
                           std::to_string(salutation.column + 1) +  // its first character, inside the quote
                           ": the salutation prints nothing for a letter to an office with no contact in the pack, "
                           "with no reason chosen, from a visitor who gave no name\n");
}

// A file name or a text of the pack once reached the terminal raw: it could clear the
// screen or print a line that looks like one of check-content's own.
TEST(CheckContentCommand, ControlCharactersInFileNamesAreWrittenOut) {
    PackCopy pack;
    pack.write("templates/x\x1b[2J\rfake.yaml:1:1: ok.en.mustache", "Hello.\n");
    const CommandResult run = run_kiosk("check-content " + quoted(pack.root()));
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(run.err,
              pack.path_of("templates/x\\u001B[2J\\u000Dfake.yaml:1:1: ok.en.mustache") +
                  ": a template's name should be <recipient>.<language>.mustache, like governor.en.mustache\n");
}

TEST(CheckContentCommand, SummaryWritesOutBidirectionalControls) {
    PackCopy pack;
    pack.replace("pack.yaml", "name: Write for Compassionate Release", "name: \"Write for \\u202Eesaeler\"");
    const CommandResult run = run_kiosk("check-content " + quoted(pack.root()));
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.out.substr(0, run.out.find('\n')), "Write for \\u202Eesaeler 1.0.0 (Letter Kiosk default campaign)");
}

// Every text is within its limit, but together they could print more than libharu can.
TEST(CheckContentCommand, TemplateThatCanPrintMoreThanALetterCanExitsOne) {
    PackCopy pack;
    std::string repeated;
    for (int i = 0; i < 200; ++i) repeated += "{{reasons_phrase}} ";
    pack.write("templates/governor.en.mustache", "Hello.\n\n" + repeated + "\n");
    const CommandResult run = run_kiosk("check-content " + quoted(pack.root()));
    EXPECT_EQ(run.exit_code, 1);
    const std::string start = pack.path_of("templates/governor.en.mustache") + ":1:1: the letter body can print up to ";
    const std::string end =
        " bytes (with every reason chosen and the pack's longest texts); a letter can print at "
        "most 65535\n";
    EXPECT_EQ(run.err.rfind(start, 0), 0u) << run.err;
    ASSERT_GT(run.err.size(), end.size());
    EXPECT_EQ(run.err.substr(run.err.size() - end.size()), end) << run.err;
}

TEST(CheckContentCommand, PackThatIsAFileExitsOne) {
    PackCopy pack;
    const CommandResult run = run_kiosk("check-content " + quoted(pack.root() / "pack.yaml"));
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.err.find("is not a folder"), std::string::npos) << run.err;
}

TEST(CheckContentCommand, HostilePackExitsOneWithALocatedMessage) {
    PackCopy pack;
    pack.write("recipients.yaml", "recipients: " + std::string(100000, '['));
    const CommandResult run = run_kiosk("check-content " + quoted(pack.root()));
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.err.find(pack.path_of("recipients.yaml") + ":1:"), std::string::npos) << run.err;
}

// Once a crash (std::regex overflowed the stack on kainjow's message about this tag);
// a template that long is now refused for its length, a salutation for its tag.
TEST(CheckContentCommand, HugeUnclosedSectionNameExitsOne) {
    PackCopy pack;
    pack.write("templates/governor.en.mustache", "{{#" + std::string(1000000, 'a') + "}}");
    const Place salutation =
        pack.replace("recipients.yaml", "\"Dear Mr. President:\"", "\"{{#" + std::string(900, 'a') + "}}\"");
    const CommandResult run = run_kiosk("check-content " + quoted(pack.root()));
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(run.err, pack.path_of("templates/governor.en.mustache") +
                           ": the letter template is too long: 1000005 characters, where at most 20000 fit\n");
    pack.write("templates/governor.en.mustache", pack.read("templates/governor.es.mustache"));
    const CommandResult second = run_kiosk("check-content " + quoted(pack.root()));
    EXPECT_EQ(second.exit_code, 1);
    EXPECT_EQ(second.err, pack.path_of("recipients.yaml") + ":" + std::to_string(salutation.line) + ":" +
                              std::to_string(salutation.column + 1) +
                              ": a tag name is longer than 100 characters; names are like {{recipient.surname}}\n");
}

// 30,000 deep once took 80 seconds and 13 GB inside kainjow, which copies every
// section's text; the template limit stops that, and the nesting limit goes further.
TEST(CheckContentCommand, TemplateNestedSixHundredDeepExitsOne) {
    PackCopy pack;
    std::string nested;
    for (int i = 0; i < 600; ++i) nested += "{{#has_sender}}";
    for (int i = 0; i < 600; ++i) nested += "{{/has_sender}}";
    pack.write("templates/governor.en.mustache", nested);
    const CommandResult run = run_kiosk("check-content " + quoted(pack.root()));
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(run.err, pack.path_of("templates/governor.en.mustache") +
                           ":1:121: sections are nested more than 8 deep; a letter never needs that many\n");
}

TEST(CheckContentCommand, WithoutAFolderExitsTwo) {
    const CommandResult run = run_kiosk("check-content");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("DIR"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace kiosk::content
