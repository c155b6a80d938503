#include <gtest/gtest.h>

#include "content/value_formats.h"

namespace kiosk::content {
namespace {

TEST(ValueFormats, DatesMustBeRealCalendarDays) {
    EXPECT_TRUE(is_iso_date("2026-11-24"));
    EXPECT_TRUE(is_iso_date("2028-02-29"));
    EXPECT_FALSE(is_iso_date("2026-02-29"));
    EXPECT_FALSE(is_iso_date("2026-13-01"));
    EXPECT_FALSE(is_iso_date("24/11/2026"));
    EXPECT_FALSE(is_iso_date("2026-11-24x"));
}

TEST(ValueFormats, TermEndsIsAMonthOrADate) {
    EXPECT_TRUE(is_year_month_or_date("2027-01"));
    EXPECT_TRUE(is_year_month_or_date("2029-01-20"));
    EXPECT_FALSE(is_year_month_or_date("2027-00"));
    EXPECT_FALSE(is_year_month_or_date("January 2027"));
}

TEST(ValueFormats, ColoursAreHashAndSixHexDigits) {
    EXPECT_TRUE(is_colour("#1B4F72"));
    EXPECT_TRUE(is_colour("#ffffff"));
    EXPECT_FALSE(is_colour("#FFF"));
    EXPECT_FALSE(is_colour("1B4F72"));
    EXPECT_FALSE(is_colour("#GGGGGG"));
}

TEST(ValueFormats, IdsLanguagesStatesAndLinks) {
    EXPECT_TRUE(is_plain_id("heart-disease"));
    EXPECT_FALSE(is_plain_id("Heart disease"));
    EXPECT_FALSE(is_plain_id("a.b"));
    EXPECT_TRUE(is_language_code("es"));
    EXPECT_TRUE(is_language_code("pt-BR"));
    EXPECT_FALSE(is_language_code("Spanish"));
    EXPECT_TRUE(is_state_id("MO"));
    EXPECT_FALSE(is_state_id("Missouri"));
    EXPECT_TRUE(is_web_link("https://colorofchange.org"));
    EXPECT_FALSE(is_web_link("colorofchange.org"));
    EXPECT_FALSE(is_web_link("javascript:alert(1)"));
    EXPECT_FALSE(is_web_link("https://" + std::string(600, 'a')));
}

}  // namespace
}  // namespace kiosk::content
