// The PIN pad's lock-out, as staff read it: seconds, then minutes rounded up, then hours.
#include <gtest/gtest.h>

#include "ui/staff/lock_wait.h"

namespace kiosk::ui {
namespace {

using std::chrono::seconds;

TEST(LockWait, SaysTheWaitInWordsInEnglish) {
    EXPECT_EQ(wait_words(seconds(1), "en"), "1 second");
    EXPECT_EQ(wait_words(seconds(59), "en"), "59 seconds");
    EXPECT_EQ(wait_words(seconds(60), "en"), "1 minute");
    EXPECT_EQ(wait_words(seconds(61), "en"), "2 minutes");
    EXPECT_EQ(wait_words(seconds(3599), "en"), "1 hour");
    EXPECT_EQ(wait_words(seconds(3600), "en"), "1 hour");
    EXPECT_EQ(wait_words(seconds(3 * 3600 + 20 * 60), "en"), "3 hours 20 minutes");
    EXPECT_EQ(wait_words(seconds(86400), "en"), "24 hours");
}

TEST(LockWait, SaysTheWaitInWordsInSpanish) {
    EXPECT_EQ(wait_words(seconds(1), "es"), "1 segundo");
    EXPECT_EQ(wait_words(seconds(59), "es"), "59 segundos");
    EXPECT_EQ(wait_words(seconds(60), "es"), "1 minuto");
    EXPECT_EQ(wait_words(seconds(61), "es"), "2 minutos");
    EXPECT_EQ(wait_words(seconds(3599), "es"), "1 hora");
    EXPECT_EQ(wait_words(seconds(3600), "es"), "1 hora");
    EXPECT_EQ(wait_words(seconds(3 * 3600 + 20 * 60), "es"), "3 horas y 20 minutos");
    EXPECT_EQ(wait_words(seconds(86400), "es"), "24 horas");
}

TEST(LockWait, OtherLanguagesGetEnglishAsTheStaffWordsDo) {
    EXPECT_EQ(wait_words(seconds(45), "fr"), "45 seconds");
}

}  // namespace
}  // namespace kiosk::ui
