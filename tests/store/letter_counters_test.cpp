#include <fstream>
#include <iterator>

#include <gtest/gtest.h>

#include "store/counts_export.h"
#include "store/letter_counters.h"
#include "temporary_folder.h"

namespace {

using kiosk::store::LetterCounters;
using kiosk::store::LetterOutcome;

TEST(LetterCounters, CountsSurviveARestart) {
    TemporaryFolder folder;
    {
        LetterCounters counters(folder.path());
        ASSERT_TRUE(counters.record("2026-11-25", "governor", "MO", "en", LetterOutcome::Printed));
        ASSERT_TRUE(counters.record("2026-11-25", "governor", "MO", "en", LetterOutcome::Printed));
        ASSERT_TRUE(counters.record("2026-11-25", "sheriff", "KS", "es", LetterOutcome::Failed));
        ASSERT_TRUE(counters.record("2026-11-25", "sheriff", "KS", "es", LetterOutcome::Saved));
        ASSERT_TRUE(counters.record("2026-11-25", "president", "", "en", LetterOutcome::Printed));
    }
    LetterCounters reloaded(folder.path());
    EXPECT_EQ(reloaded.totals().printed, 3);
    EXPECT_EQ(reloaded.totals().saved, 1);
    EXPECT_EQ(reloaded.totals().failed, 1);
    EXPECT_EQ(reloaded.to_csv(),
              "day,recipient,state,language,printed,saved,failed\n"
              "2026-11-25,governor,MO,en,2,0,0\n"
              "2026-11-25,president,,en,1,0,0\n"
              "2026-11-25,sheriff,KS,es,0,1,1\n");
}

std::string read_all(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void write(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary) << bytes;
}

const std::string header = "day,recipient,state,language,printed,saved,failed\n";

TEST(LetterCounters, ABadRowInTheMiddleKeepsTheRowsBeforeAndAfter) {
    TemporaryFolder folder;
    const std::string damaged = header + "2026-11-25,governor,MO,en,2,0,0\n" + "2026-11-25,governor,MO,en,2,0,0,\n" +
                                "garbage\n" + "2026-11-26,sheriff,KS,es,0,1,3\n";
    write(folder.path() / "counters.csv", damaged);
    LetterCounters counters(folder.path());
    EXPECT_EQ(counters.totals().printed, 2);
    EXPECT_EQ(counters.totals().saved, 1);
    EXPECT_EQ(counters.totals().failed, 3);
    ASSERT_EQ(counters.unread_rows().size(), 2u);
    const std::string file = (folder.path() / "counters.csv").string();
    EXPECT_EQ(counters.unread_rows()[0], file +
                                             " line 3: 8 fields, not 7 (day,recipient,state,language,printed,saved,"
                                             "failed): 2026-11-25,governor,MO,en,2,0,0,");
    EXPECT_EQ(counters.unread_rows()[1], file +
                                             " line 4: 1 field, not 7 (day,recipient,state,language,printed,saved,"
                                             "failed): garbage");
    // The file as it was is kept for staff; the counts file now holds the good rows.
    EXPECT_EQ(read_all(folder.path() / "counters.csv.damaged-1"), damaged);
    EXPECT_EQ(read_all(folder.path() / "counters.csv"),
              header + "2026-11-25,governor,MO,en,2,0,0\n2026-11-26,sheriff,KS,es,0,1,3\n");
}

TEST(LetterCounters, ACrlfFileReadsEveryRowAndIsNotDamage) {
    TemporaryFolder folder;
    write(folder.path() / "counters.csv",
          "day,recipient,state,language,printed,saved,failed\r\n"
          "2026-11-25,governor,MO,en,2,0,0\r\n2026-11-25,president,,en,1,0,4\r\n");
    LetterCounters counters(folder.path());
    EXPECT_TRUE(counters.unread_rows().empty());
    EXPECT_EQ(counters.totals().printed, 3);
    EXPECT_EQ(counters.totals().failed, 4);
    EXPECT_FALSE(std::filesystem::exists(folder.path() / "counters.csv.damaged-1"));
}

TEST(LetterCounters, AMergedFileKeepsTheCountsOfBoth) {
    TemporaryFolder folder;
    write(folder.path() / "counters.csv",
          header + "2026-11-25,governor,MO,en,2,0,0\n" + header + "2026-11-25,governor,MO,en,3,1,0\n");
    LetterCounters counters(folder.path());
    EXPECT_TRUE(counters.unread_rows().empty());
    EXPECT_EQ(counters.totals().printed, 5);
    EXPECT_EQ(counters.totals().saved, 1);
}

TEST(LetterCounters, ASecondDamageKeepsTheFirstBackupAndMakesASecond) {
    TemporaryFolder folder;
    const std::string first = header + "2026-11-25,governor,MO,en,2,0,0\nfirst damage\n";
    write(folder.path() / "counters.csv", first);
    LetterCounters{folder.path()};
    const std::string second = header + "2026-11-25,governor,MO,en,2,0,0\nsecond damage\n";
    write(folder.path() / "counters.csv", second);
    LetterCounters counters(folder.path());
    EXPECT_EQ(counters.damaged_copy(), folder.path() / "counters.csv.damaged-2");
    EXPECT_EQ(read_all(folder.path() / "counters.csv.damaged-1"), first);
    EXPECT_EQ(read_all(folder.path() / "counters.csv.damaged-2"), second);
    EXPECT_EQ(counters.totals().printed, 2);
}

TEST(LetterCounters, ReadingOnlyNeverTouchesADamagedFile) {
    TemporaryFolder folder;
    const std::string damaged = header + "2026-11-25,governor,MO,en,2,0,0\ngarbage\n";
    write(folder.path() / "counters.csv", damaged);
    const LetterCounters counters(folder.path(), LetterCounters::ReadOnly{});
    EXPECT_EQ(counters.totals().printed, 2);
    EXPECT_EQ(counters.unread_rows().size(), 1u);
    EXPECT_EQ(read_all(folder.path() / "counters.csv"), damaged);
    EXPECT_FALSE(std::filesystem::exists(folder.path() / "counters.csv.damaged-1"));
}

}  // namespace

namespace {

TEST(LetterCounters, ExportWritesTheSameCsvToTheStick) {
    TemporaryFolder folder;
    kiosk::store::LetterCounters counters(folder.path());
    ASSERT_TRUE(counters.record("2026-11-25", "governor", "MO", "en", kiosk::store::LetterOutcome::Printed));
    ASSERT_TRUE(counters.record("2026-11-25", "president", "", "es", kiosk::store::LetterOutcome::Failed));

    const auto file = kiosk::store::counts_file_on_stick(folder.path() / "stick", "2026-11-25-170000");
    const auto written = kiosk::store::export_counts(counters, file);

    ASSERT_TRUE(written) << written.error();
    EXPECT_EQ(file.filename(), "letter-kiosk-counts-2026-11-25-170000.csv");
    EXPECT_EQ(written->rows, 2);
    EXPECT_EQ(written->total.failed, 1);
    std::ifstream in(file);
    const std::string csv((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(csv,
              "day,recipient,state,language,printed,saved,failed\n"
              "2026-11-25,governor,MO,en,1,0,0\n"
              "2026-11-25,president,,es,0,0,1\n");
}

}  // namespace
