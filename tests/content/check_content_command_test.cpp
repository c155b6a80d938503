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

TEST(CheckContentCommand, TemplateProblemsFromTheLetterModuleAreIncluded) {
    PackCopy pack;
    pack.write("templates/governor.en.mustache", "Please act in {{state.nme}}.\n");
    const CommandResult run = run_kiosk("check-content " + quoted(pack.root()));
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.err.find(pack.path_of("templates/governor.en.mustache") + ":1:"), std::string::npos) << run.err;
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

TEST(CheckContentCommand, WithoutAFolderExitsTwo) {
    const CommandResult run = run_kiosk("check-content");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_NE(run.err.find("DIR"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace kiosk::content
