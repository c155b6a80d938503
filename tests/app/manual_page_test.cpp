// The manual page (debian/letter-kiosk.1) stays true to the program: every subcommand
// `letter-kiosk --help` lists has its line under COMMANDS, the page lists no command the
// program lacks, and groff formats it without a warning (as lintian and man would ask).
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "command_runner.h"

namespace {

using kiosk::testing::run_command;

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
    const auto help = run_command(std::string(LETTER_KIOSK_PROGRAM) + " --help");
    ASSERT_EQ(help.exit_code, 0) << help.output;
    const std::set<std::string> in_help = subcommands_in_help(help.output);
    ASSERT_GE(in_help.size(), 10u) << "the help's list of subcommands was not found:\n" << help.output;

    EXPECT_EQ(subcommands_in_page(read_page()), in_help) << "debian/letter-kiosk.1, COMMANDS";
}

TEST(ManualPage, FormatsWithoutAWarning) {
    const auto groff = run_command("groff -ww -man -z '" + std::string(MANUAL_PAGE) + "'");

    EXPECT_EQ(groff.exit_code, 0) << groff.output;
    EXPECT_EQ(groff.output, "");
}

}  // namespace
