// `letter-kiosk check-content` on a pack with a county that looks like another: the
// command refuses it (exit 1) with the located line staff read, naming both names and
// the hidden character escaped so the terminal shows it.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <string>

#include "pack_copy.h"

namespace kiosk::content {
namespace {

struct CheckRun {
    int exit_code = -1;
    std::string output;  // standard output and error, in order
};

CheckRun check_content(const std::filesystem::path& pack) {
    const std::string command = std::string("'") + LETTER_KIOSK + "' check-content '" + pack.string() + "' 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    CheckRun run;
    if (!pipe) return run;
    char buffer[4096];
    for (std::size_t read; (read = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) run.output.append(buffer, read);
    const int status = pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

TEST(CheckContentLookAlikes, ACountyBehindABidiOverrideExitsOneNamingBothCounties) {
    testing::PackCopy pack;
    const testing::Place real = pack.find("states.yaml", "      - \"Boone County\"");
    // Shown as "Boone County": the right-to-left override turns the letters after it around.
    pack.replace("states.yaml", "      - \"Boone County\"\n",
                 "      - \"Boone County\"\n      - \"\\u202EytnuoC enooB\"\n");
    const CheckRun run = check_content(pack.root());
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(run.output, pack.path_of("states.yaml") + ":" + std::to_string(real.line + 1) +
                              ":9: county '\\u202EytnuoC enooB' looks like 'Boone County' (line " +
                              std::to_string(real.line) +
                              "), which it must not: a visitor could not tell them apart; this one holds a bidi "
                              "control character (U+202E RIGHT-TO-LEFT OVERRIDE) at character 1, which changes the "
                              "order its letters are shown in\n");
}

TEST(CheckContentLookAlikes, ACountyWithAZeroWidthSpaceExitsOne) {
    testing::PackCopy pack;
    const testing::Place real = pack.find("states.yaml", "      - \"Boone County\"");
    pack.replace("states.yaml", "      - \"Boone County\"\n",
                 "      - \"Boone County\"\n      - \"Boone\u200B County\"\n");
    const CheckRun run = check_content(pack.root());
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_NE(run.output.find(":" + std::to_string(real.line + 1) +
                              ":9: county 'Boone\u200B County' looks like 'Boone "
                              "County' (line " +
                              std::to_string(real.line) + ")"),
              std::string::npos)
        << run.output;
    EXPECT_NE(run.output.find("(U+200B ZERO WIDTH SPACE) at character 6"), std::string::npos) << run.output;
}

}  // namespace
}  // namespace kiosk::content
