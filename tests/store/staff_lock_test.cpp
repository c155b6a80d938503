#include <fstream>

#include <gtest/gtest.h>

#include "store/staff_lock.h"
#include "temporary_folder.h"

namespace {

using kiosk::store::StaffLock;
using namespace std::chrono_literals;

TEST(StaffLock, WithNoPinSetNothingOpensIt) {
    TemporaryFolder folder;
    StaffLock lock(folder.path());
    EXPECT_EQ(lock.try_pin("1234", StaffLock::Clock::now()), StaffLock::Result::NoPinSet);
}

TEST(StaffLock, AcceptsTheRightPinAndStoresOnlyAHash) {
    TemporaryFolder folder;
    ASSERT_TRUE(kiosk::store::set_staff_pin(folder.path(), "482916"));
    std::ifstream file(folder.path() / "staff-pin");
    std::string stored;
    std::getline(file, stored);
    EXPECT_EQ(stored.find("482916"), std::string::npos);
    EXPECT_EQ(stored.rfind("$argon2id$", 0), 0u) << stored;

    StaffLock lock(folder.path());
    EXPECT_EQ(lock.try_pin("482916", StaffLock::Clock::now()), StaffLock::Result::Accepted);
}

TEST(StaffLock, RefusesPinsThatAreNotFourToTwelveDigits) {
    TemporaryFolder folder;
    EXPECT_FALSE(kiosk::store::set_staff_pin(folder.path(), "123"));
    EXPECT_FALSE(kiosk::store::set_staff_pin(folder.path(), "12a4"));
    EXPECT_FALSE(kiosk::store::set_staff_pin(folder.path(), "1234567890123"));
}

TEST(StaffLock, LocksAfterThreeWrongPinsThenLongerEachTime) {
    TemporaryFolder folder;
    ASSERT_TRUE(kiosk::store::set_staff_pin(folder.path(), "2468"));
    StaffLock lock(folder.path());
    auto now = StaffLock::Clock::now();

    EXPECT_EQ(lock.try_pin("1111", now), StaffLock::Result::Rejected);
    EXPECT_EQ(lock.try_pin("2222", now), StaffLock::Result::Rejected);
    EXPECT_EQ(lock.try_pin("3333", now), StaffLock::Result::LockedOut);
    EXPECT_EQ(lock.locked_for(now), 30s);
    // Even the right PIN waits out the lock.
    EXPECT_EQ(lock.try_pin("2468", now + 29s), StaffLock::Result::LockedOut);

    now += 31s;
    EXPECT_EQ(lock.try_pin("1111", now), StaffLock::Result::Rejected);
    EXPECT_EQ(lock.try_pin("1111", now), StaffLock::Result::Rejected);
    EXPECT_EQ(lock.try_pin("1111", now), StaffLock::Result::LockedOut);
    EXPECT_EQ(lock.locked_for(now), 60s);

    now += 61s;
    EXPECT_EQ(lock.try_pin("2468", now), StaffLock::Result::Accepted);
}

}  // namespace

namespace {

TEST(StaffLock, ChangingThePinNeedsTheOldOneAndNeverSetsAFirstOne) {
    TemporaryFolder folder;
    StaffLock lock(folder.path());
    const auto now = StaffLock::Clock::now();
    EXPECT_FALSE(kiosk::store::has_staff_pin(folder.path()));
    EXPECT_EQ(lock.change_pin("", "1357", now), StaffLock::Result::NoPinSet);
    EXPECT_FALSE(kiosk::store::has_staff_pin(folder.path()));

    ASSERT_TRUE(kiosk::store::set_staff_pin(folder.path(), "2468"));
    EXPECT_TRUE(kiosk::store::has_staff_pin(folder.path()));
    EXPECT_EQ(lock.change_pin("1111", "1357", now), StaffLock::Result::Rejected);
    EXPECT_FALSE(lock.change_pin("2468", "12", now)) << "a PIN is 4 to 12 digits";
    EXPECT_EQ(lock.try_pin("2468", now), StaffLock::Result::Accepted) << "the old PIN still works";

    EXPECT_EQ(lock.change_pin("2468", "1357", now), StaffLock::Result::Accepted);
    EXPECT_EQ(lock.try_pin("1357", now), StaffLock::Result::Accepted);
    EXPECT_EQ(lock.try_pin("2468", now), StaffLock::Result::Rejected);
}

}  // namespace

namespace {

using kiosk::store::StaffLock;

void three_wrong_pins(StaffLock& lock, StaffLock::Clock::time_point now) {
    for (const char* pin : {"1111", "2222", "3333"}) lock.try_pin(pin, now);
}

TEST(StaffLock, ALockOutSurvivesARestart) {
    TemporaryFolder folder;
    ASSERT_TRUE(kiosk::store::set_staff_pin(folder.path(), "2468"));
    {
        StaffLock lock(folder.path());
        three_wrong_pins(lock, StaffLock::Clock::now());
        ASSERT_GT(lock.locked_for(StaffLock::Clock::now()).count(), 0);
    }
    // A new StaffLock on the same folder is the kiosk after a crash, a watchdog kill or the power key.
    StaffLock restarted(folder.path());
    const auto now = StaffLock::Clock::now();
    EXPECT_GT(restarted.locked_for(now).count(), 25);
    EXPECT_LE(restarted.locked_for(now).count(), 30);
    EXPECT_EQ(restarted.try_pin("2468", now), StaffLock::Result::LockedOut);
}

TEST(StaffLock, WrongTriesShortOfALockSurviveARestartToo) {
    TemporaryFolder folder;
    ASSERT_TRUE(kiosk::store::set_staff_pin(folder.path(), "2468"));
    const auto now = StaffLock::Clock::now();
    for (const char* pin : {"1111", "2222"}) {
        StaffLock lock(folder.path());  // a restart before each try
        EXPECT_EQ(lock.try_pin(pin, now), StaffLock::Result::Rejected);
    }
    StaffLock lock(folder.path());
    EXPECT_EQ(lock.try_pin("3333", now), StaffLock::Result::LockedOut);
}

TEST(StaffLock, ADamagedTriesFileLocksThePadRatherThanOpeningIt) {
    TemporaryFolder folder;
    ASSERT_TRUE(kiosk::store::set_staff_pin(folder.path(), "2468"));
    std::ofstream(folder.path() / StaffLock::tries_file_name) << "not numbers\n";
    StaffLock lock(folder.path());
    const auto now = StaffLock::Clock::now();
    EXPECT_EQ(lock.locked_for(now), StaffLock::first_lock);
    EXPECT_EQ(lock.try_pin("2468", now), StaffLock::Result::LockedOut);
    EXPECT_EQ(lock.try_pin("2468", now + StaffLock::first_lock + 1s), StaffLock::Result::Accepted);
}

TEST(StaffLock, TheRightPinClearsTheTriesKeptOnDisk) {
    TemporaryFolder folder;
    ASSERT_TRUE(kiosk::store::set_staff_pin(folder.path(), "2468"));
    const auto now = StaffLock::Clock::now();
    {
        StaffLock lock(folder.path());
        lock.try_pin("1111", now);
        lock.try_pin("2222", now);
        EXPECT_EQ(lock.try_pin("2468", now), StaffLock::Result::Accepted);
    }
    StaffLock restarted(folder.path());
    EXPECT_EQ(restarted.try_pin("1111", now), StaffLock::Result::Rejected);
    EXPECT_EQ(restarted.try_pin("2222", now), StaffLock::Result::Rejected);
    EXPECT_EQ(restarted.locked_for(now).count(), 0);
}

// The figure in the README's security section, from the constants: trying every one of
// the 10,000 four-digit PINs at the rate the lock allows.
TEST(StaffLock, AFullSearchOfTenThousandPinsTakesOverAYear) {
    const int rounds = 10'000 / StaffLock::tries_before_lock;
    std::chrono::seconds waited{0};
    for (int round = 1; round <= rounds; ++round) waited += StaffLock::lock_after(round);
    EXPECT_EQ(StaffLock::lock_after(1), 30s);
    EXPECT_EQ(StaffLock::lock_after(2), 60s);
    EXPECT_EQ(StaffLock::lock_after(1000), StaffLock::longest_lock);
    EXPECT_GT(waited, std::chrono::hours(24 * 365));
    std::printf("a full search waits %lld s (%.1f years)\n", static_cast<long long>(waited.count()),
                double(waited.count()) / (365.25 * 24 * 3600));
}

}  // namespace
