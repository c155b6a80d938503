#include <fstream>

#include <gtest/gtest.h>

#include "store/letter_counters.h"
#include "temporary_folder.h"

namespace {

using kiosk::store::LetterCounters;

TEST(LetterCounters, CountsSurviveARestart) {
    TemporaryFolder folder;
    {
        LetterCounters counters(folder.path());
        ASSERT_TRUE(counters.record("2026-11-25", "governor", "MO", true));
        ASSERT_TRUE(counters.record("2026-11-25", "governor", "MO", true));
        ASSERT_TRUE(counters.record("2026-11-25", "sheriff", "KS", false));
    }
    LetterCounters reloaded(folder.path());
    EXPECT_EQ(reloaded.total_printed(), 2);
    EXPECT_EQ(reloaded.total_not_printed(), 1);
    EXPECT_EQ(reloaded.to_csv(),
              "day,recipient,state,printed,not_printed\n"
              "2026-11-25,governor,MO,2,0\n"
              "2026-11-25,sheriff,KS,0,1\n");
}

TEST(LetterCounters, ADamagedFileStartsFromZeroAndIsKeptForStaff) {
    TemporaryFolder folder;
    std::ofstream(folder.path() / "counters.csv") << "day,recipient,state,printed,not_printed\ngarbage\n";
    LetterCounters counters(folder.path());
    EXPECT_EQ(counters.total_printed(), 0);
    EXPECT_TRUE(std::filesystem::exists(folder.path() / "counters.csv.damaged"));
}

}  // namespace
