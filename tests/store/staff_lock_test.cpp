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
