// The manual page (debian/letter-kiosk.1) stays true to the program: every subcommand
// `letter-kiosk --help` lists has its line under COMMANDS, the page lists no command the
// program lacks, and groff formats it without a warning (as lintian and man would ask).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace {

struct CommandResult {
    int exit_code = -1;
    std::string output;  // stdout and stderr together
};

CommandResult run(const std::string& command) {
    CommandResult result;
    FILE* pipe = ::popen((command + " 2>&1 < /dev/null").c_str(), "r");
    std::array<char, 512> buffer{};
    for (std::size_t read; (read = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) {
        result.output.append(buffer.data(), read);
    }
    const int status = ::pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

std::string first_word(const std::string& line) {
    std::string word;
    std::istringstream(line) >> word;
    return word;
}

// The subcommands of the help's list: "  print   Send a PDF letter ...", a description
// too long for one line going on under it, indented further.
std::set<std::string> subcommands_in_help(const std::string& help) {
    std::istringstream lines(help);
    std::set<std::string> names;
    bool listing = false;
    for (std::string line; std::getline(lines, line);) {
        if (line == "Subcommands:" || line == "SUBCOMMANDS:") {
            listing = true;
        } else if (listing && line.find_first_not_of(' ') == std::string::npos) {
            break;
        } else if (listing && line.find_first_not_of(' ') == 2) {
            names.insert(first_word(line));
        }
    }
    return names;
}

// The commands the page's COMMANDS section lists, one `.B name` a command.
std::set<std::string> subcommands_in_page(const std::string& page) {
    std::istringstream lines(page);
    std::set<std::string> names;
    bool listing = false;
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind(".SH", 0) == 0) listing = line == ".SH COMMANDS";
        else if (listing && line.rfind(".B ", 0) == 0) names.insert(first_word(line.substr(3)));
    }
    return names;
}

std::string read_page() {
    std::ifstream in(MANUAL_PAGE);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(ManualPage, ListsEverySubcommandOfTheHelpAndNoOther) {
    const CommandResult help = run(std::string(LETTER_KIOSK_PROGRAM) + " --help");
    ASSERT_EQ(help.exit_code, 0) << help.output;
    const std::set<std::string> in_help = subcommands_in_help(help.output);
    ASSERT_GE(in_help.size(), 10u) << "the help's list of subcommands was not found:\n" << help.output;

    EXPECT_EQ(subcommands_in_page(read_page()), in_help) << "debian/letter-kiosk.1, COMMANDS";
}

TEST(ManualPage, FormatsWithoutAWarning) {
    const CommandResult groff = run("groff -ww -man -z '" + std::string(MANUAL_PAGE) + "'");

    EXPECT_EQ(groff.exit_code, 0) << groff.output;
    EXPECT_EQ(groff.output, "");
}

}  // namespace
