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

TEST(LetterCounters, ADamagedFileStartsFromZeroAndIsKeptForStaff) {
    TemporaryFolder folder;
    std::ofstream(folder.path() / "counters.csv") << "day,recipient,state,printed,not_printed\ngarbage\n";
    LetterCounters counters(folder.path());
    EXPECT_EQ(counters.totals().printed, 0);
    EXPECT_TRUE(std::filesystem::exists(folder.path() / "counters.csv.damaged"));
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
    EXPECT_EQ(csv, "day,recipient,state,language,printed,saved,failed\n"
                   "2026-11-25,governor,MO,en,1,0,0\n"
                   "2026-11-25,president,,es,0,0,1\n");
}

}  // namespace
