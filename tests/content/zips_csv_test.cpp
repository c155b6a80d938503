// zips.csv as staff save it from a spreadsheet, broken the ways a spreadsheet or a
// hand edit breaks it, and at hostile sizes: every problem placed at its line and
// column, every hostile file ended quickly with one message.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

#include "content/pack_loader.h"
#include "load_cost.h"
#include "pack_copy.h"

namespace kiosk::content {
namespace {

using testing::cost_of_loading;
using testing::describe;
using testing::LoadCost;
using testing::promised_kilobytes;
using testing::within_promised_time;
using testing::has_problem;
using testing::PackCopy;
using testing::problems_of;

const std::string header = "zip,state,county\n";

class ZipsCsv : public ::testing::Test {
protected:
    std::vector<Problem> problems_with(const std::string& zips_csv) const {
        pack.write("zips.csv", zips_csv);
        return problems_of(pack.root());
    }
    std::string file() const { return pack.path_of("zips.csv"); }

    PackCopy pack;
};

TEST_F(ZipsCsv, SpreadsheetFileWithByteOrderMarkWindowsLinesAndQuotesLoads) {
    pack.write("zips.csv",
               "\xEF\xBB\xBFZIP,State,County\r\n65201,MO,\"Boone County\"\r\n\"65201\", MO ,Callaway County\r\n"
               "\r\n63005,MO,\"St. Louis County\"");
    const auto loaded = load_pack(pack.root());
    ASSERT_TRUE(loaded) << describe(loaded.error());
    ASSERT_EQ(loaded->zips.size(), 2u);
    const auto* areas = loaded->find_zip("65201");
    ASSERT_NE(areas, nullptr);
    ASSERT_EQ(areas->size(), 2u);
    EXPECT_EQ((*areas)[0].state, "MO");
    EXPECT_EQ((*areas)[0].county, "Boone County");
    EXPECT_EQ((*areas)[1].county, "Callaway County");
    EXPECT_EQ(loaded->find_zip("63005")->front().county, "St. Louis County");
    EXPECT_EQ(loaded->find_zip("99999"), nullptr);
}

TEST_F(ZipsCsv, IsOptional) {
    pack.remove("zips.csv");
    const auto loaded = load_pack(pack.root());
    ASSERT_TRUE(loaded) << describe(loaded.error());
    EXPECT_TRUE(loaded->zips.empty());
}

TEST_F(ZipsCsv, ZipWithoutItsLeadingZeroIsExplained) {
    EXPECT_TRUE(has_problem(problems_with(header + "65201,MO,Boone County\n6520,MO,Boone County\n"), file(), {3, 1},
                            "ZIP code '6520' has 4 digits, not 5; spreadsheets drop leading zeros unless the column is "
                            "formatted as text"));
}

TEST_F(ZipsCsv, ZipThatIsNotFiveDigits) {
    const auto found = problems_with(header + "65201-1234,MO,Boone County\n,MO,Boone County\n");
    EXPECT_TRUE(has_problem(found, file(), {2, 1}, "ZIP code '65201-1234' should be 5 digits, like 65201"));
    EXPECT_TRUE(has_problem(found, file(), {3, 1}, "the ZIP code is missing"));
}

TEST_F(ZipsCsv, UnknownStateSuggestsTheClosest) {
    EXPECT_TRUE(has_problem(problems_with(header + "65201,MX,Boone County\n"), file(), {2, 7},
                            "state 'MX' is not in states.yaml (did you mean 'MO'?)"));
}

TEST_F(ZipsCsv, CountyTheStateLacks) {
    const auto found = problems_with(header + "65201,MO,Boone Cuonty\n66002,KS,Boone County\n");
    EXPECT_TRUE(has_problem(found, file(), {2, 10},
                            "'Boone Cuonty' is not a county of MO in states.yaml (did you mean 'Boone County'?)"));
    EXPECT_TRUE(has_problem(found, file(), {3, 10}, "'Boone County' is not a county of KS in states.yaml"));
}

TEST_F(ZipsCsv, WrongHeaderIsPlacedAtTheWrongName) {
    const auto found = problems_with("zip,state,fips\n65201,MO,Boone County\n");
    ASSERT_EQ(found.size(), 1u) << describe(found);
    EXPECT_TRUE(has_problem(found, file(), {1, 11},
                            "the first line should be the column names zip,state,county, not 'zip,state,fips'"));
}

TEST_F(ZipsCsv, MissingHeaderSaysToAddIt) {
    EXPECT_TRUE(
        has_problem(problems_with("65201,MO,Boone County\n"), file(), {1, 1},
                    "the first line should be the column names zip,state,county; add that line above this one"));
}

TEST_F(ZipsCsv, QuotedLineBreakIsRefusedWhereTheValueStarts) {
    const auto found = problems_with(header + "65201,MO,\"Boone\nCounty\"\n63005,MO,Franklin County\n");
    ASSERT_EQ(found.size(), 1u) << describe(found);
    EXPECT_TRUE(has_problem(found, file(), {2, 10}, "this value holds a line break; in zips.csv each row is one line"));
}

TEST_F(ZipsCsv, QuoteLeftOpenIsPlacedWhereTheValueStarts) {
    const auto found = problems_with(header + "65201,MO,Boone County\n63005,MO,\"Franklin County\n");
    ASSERT_EQ(found.size(), 1u) << describe(found);
    EXPECT_TRUE(has_problem(found, file(), {3, 10},
                            "a quote opened in this value is not closed by the end of the file"));
}

TEST_F(ZipsCsv, StrayQuoteIsPlacedAtTheQuote) {
    EXPECT_TRUE(has_problem(problems_with(header + "65201,MO,Boone \"County\"\n"), file(), {2, 16},
                            "a double quote out of place"));
}

TEST_F(ZipsCsv, DuplicateRowNamesTheFirst) {
    EXPECT_TRUE(
        has_problem(problems_with(header + "65201,MO,Boone County\n65201,MO,Callaway County\n65201,MO,Boone County\n"),
                    file(), {4, 1}, "this row repeats line 2"));
}

TEST_F(ZipsCsv, UnquotedCommaInACountyGivesTooManyValues) {
    EXPECT_TRUE(has_problem(problems_with(header + "65201,MO,Boone, County\n"), file(), {2, 16},
                            "this row has 4 values; it needs 3: zip,state,county (a county name with a comma in it "
                            "goes in double quotes)"));
}

TEST_F(ZipsCsv, ColumnsCountCharactersNotBytes) {
    // "Doña" takes five bytes and four columns in an editor.
    EXPECT_TRUE(
        has_problem(problems_with(header + "\"Doña\",MO,\"Doña\",x\n"), file(), {2, 18}, "this row has 4 values"));
}

TEST_F(ZipsCsv, EveryBrokenRowIsReported) {
    const auto found = problems_with(header + "1,MO,Boone County\n65201,MO,Boone County\n65202,XX,Boone County\n");
    EXPECT_EQ(found.size(), 2u) << describe(found);
    EXPECT_TRUE(has_problem(found, file(), {2, 1}, "ZIP code '1'"));
    EXPECT_TRUE(has_problem(found, file(), {4, 7}, "state 'XX'"));
}

TEST_F(ZipsCsv, EmptyFile) {
    EXPECT_TRUE(has_problem(problems_with("\xEF\xBB\xBF\n\n"), file(), {0, 0}, "the file is empty"));
}

TEST_F(ZipsCsv, HundredMegabyteFileIsRefusedUnread) {
    pack.write("zips.csv", header);
    std::filesystem::resize_file(pack.root() / "zips.csv", 100u * 1024 * 1024);
    const LoadCost cost = cost_of_loading(pack.root());
    EXPECT_EQ(cost.problems, 1u) << cost.first_problem;
    EXPECT_EQ(cost.first_problem, file() + ": file too large (100.0 MB; the limit is 4.0 MB)");
    EXPECT_TRUE(within_promised_time(cost));
    EXPECT_LT(cost.peak_growth_kb, promised_kilobytes);
}

TEST_F(ZipsCsv, TenMillionRowsAreRefusedBySize) {
    std::string rows;
    rows.reserve(20'000'000);
    for (int i = 0; i < 10'000'000; ++i) rows += "1\n";
    pack.write("zips.csv", header + rows);
    const LoadCost cost = cost_of_loading(pack.root());
    EXPECT_EQ(cost.problems, 1u) << cost.first_problem;
    EXPECT_NE(cost.first_problem.find("file too large (19.1 MB; the limit is 4.0 MB)"), std::string::npos)
        << cost.first_problem;
    EXPECT_TRUE(within_promised_time(cost));
    EXPECT_LT(cost.peak_growth_kb, promised_kilobytes);
}

TEST_F(ZipsCsv, RowsPastTheLimitEndTheFileWithOneMessage) {
    std::string rows = header;
    for (int i = 0; i < 150'000; ++i) {
        rows += std::to_string(10000 + i % 90'000) + (i < 90'000 ? ",MO,Adair County\n" : ",MO,Andrew County\n");
    }
    pack.write("zips.csv", rows);
    const auto found = problems_of(pack.root());
    EXPECT_TRUE(has_problem(found, file(), {100'002, 0}, "more than 100000 rows"));
    const LoadCost cost = cost_of_loading(pack.root());
    EXPECT_TRUE(within_promised_time(cost));
    EXPECT_LT(cost.peak_growth_kb, promised_kilobytes);
}

TEST_F(ZipsCsv, ThousandsOfBrokenRowsAreCutToAReadableListQuickly) {
    std::string rows = header;
    while (rows.size() < 3'900'000) rows += "65201,MO,Boone Cuonty\n";
    pack.write("zips.csv", rows);
    const auto found = problems_of(pack.root());
    EXPECT_EQ(found.size(), 101u);
    EXPECT_NE(found.back().message.find("more problems in this file were left out"), std::string::npos);
    const LoadCost cost = cost_of_loading(pack.root());
    EXPECT_TRUE(within_promised_time(cost));
    EXPECT_LT(cost.peak_growth_kb, promised_kilobytes);
}

TEST_F(ZipsCsv, MegabyteLongLineIsRefusedWithoutParsingIt) {
    const auto found = problems_with(header + "65201,MO,\"" + std::string(1024 * 1024, 'x') + "\"\n");
    ASSERT_EQ(found.size(), 1u) << describe(found);
    EXPECT_TRUE(has_problem(found, file(), {2, 0}, "line too long (1048587 bytes; the limit is 4096)"));
}

TEST_F(ZipsCsv, BinaryGarbageIsNotText) {
    EXPECT_TRUE(has_problem(problems_with(header + std::string("\x89PNG\r\n\x1a\n\0\0", 10)), file(), {2, 1},
                            "not valid UTF-8"));
}

// A national campaign: every state's counties and a ZIP list as long as the whole
// country's (46,960 rows in the Census file) must load, and quickly.
TEST_F(ZipsCsv, NationalSizedListLoads) {
    std::string states = pack.read("states.yaml");
    std::string rows = header;
    constexpr int extra_states = 46, counties_per_state = 65, zip_rows = 47'000;
    auto id_of = [](int s) { return std::string{char('Q' + s / 26), char('A' + s % 26)}; };  // QA..RT: not real ones
    for (int s = 0; s < extra_states; ++s) {
        const std::string id = id_of(s);
        states += "  - id: " + id + "\n    name: {en: State " + id + ", es: Estado " + id + "}\n    counties:\n";
        for (int c = 0; c < counties_per_state; ++c) states += "      - \"County number " + std::to_string(c) + "\"\n";
    }
    for (int i = 0; i < zip_rows; ++i) {
        rows += std::to_string(10000 + i / 2) + "," + id_of((i / 2) % extra_states) + ",County number " +
                std::to_string(i % counties_per_state) + "\n";
    }
    pack.write("states.yaml", states);
    pack.write("zips.csv", rows);
    const auto loaded = load_pack(pack.root());
    ASSERT_TRUE(loaded) << describe(loaded.error());
    EXPECT_EQ(loaded->zips.size(), std::size_t(zip_rows / 2));
    ASSERT_NE(loaded->find_zip("10000"), nullptr);
    EXPECT_EQ(loaded->find_zip("10000")->size(), 2u);
    const LoadCost cost = cost_of_loading(pack.root());
    EXPECT_EQ(cost.problems, 0u) << cost.first_problem;
    EXPECT_TRUE(within_promised_time(cost));
    std::printf("national-sized pack (%d counties more, %d ZIP rows) loaded in %.0f ms, peak memory +%ld kB\n",
                extra_states * counties_per_state, zip_rows, cost.cpu_seconds * 1000, cost.peak_growth_kb);
}

}  // namespace
}  // namespace kiosk::content
