// export-counts run as staff run it, on a counters.csv with a row that cannot be read:
// the file stays byte for byte as it was, the good rows are exported, the bad lines named.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

#include "temporary_folder.h"

namespace {

namespace fs = std::filesystem;

std::string read_all(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

TEST(ExportCountsCommand, ADamagedFileIsLeftAsItIsAndTheBadLinesAreNamed) {
    TemporaryFolder folder;
    const fs::path data = folder.path() / "data", counters = data / "counters.csv";
    fs::create_directories(data);
    const std::string damaged =
        "day,recipient,state,language,printed,saved,failed\r\n"
        "2026-11-25,governor,MO,en,2,0,0\r\n"
        "2026-11-25,governor,KS,en,1,0,0,\n"
        "<<<<<<< merged\n"
        "2026-11-26,president,,es,0,0,1\n";
    std::ofstream(counters, std::ios::binary) << damaged;
    const fs::path csv = folder.path() / "counts.csv", out = folder.path() / "out", err = folder.path() / "err";

    const std::string command = std::string("'") + LETTER_KIOSK + "' export-counts " + quoted(csv) + " --data-dir " +
                                quoted(data) + " >" + quoted(out) + " 2>" + quoted(err) + " </dev/null";
    const int status = std::system(command.c_str());

    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 1);
    EXPECT_EQ(read_all(counters), damaged);
    EXPECT_EQ(std::distance(fs::directory_iterator(data), fs::directory_iterator()), 1);
    EXPECT_EQ(read_all(csv),
              "day,recipient,state,language,printed,saved,failed\n"
              "2026-11-25,governor,MO,en,2,0,0\n"
              "2026-11-26,president,,es,0,0,1\n");
    EXPECT_EQ(read_all(out), "Wrote 2 rows to " + csv.string() + ": 2 printed, 0 saved, 1 failed\n");
    const std::string said = read_all(err);
    EXPECT_NE(said.find("2 rows could not be read and are not in the export"), std::string::npos) << said;
    EXPECT_NE(said.find(counters.string() + " line 3: 8 fields, not 7"), std::string::npos) << said;
    EXPECT_NE(said.find(counters.string() + " line 4: 1 field, not 7"), std::string::npos) << said;
}

}  // namespace
