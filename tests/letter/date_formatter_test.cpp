#include <gtest/gtest.h>

#include "letter/date_formatter.h"

namespace kiosk::letter {
namespace {

const std::vector<std::string> english_months{"January", "February", "March",     "April",   "May",      "June",
                                              "July",    "August",   "September", "October", "November", "December"};

TEST(DateFormatter, FollowsTheLanguagePattern) {
    EXPECT_EQ(format_date({2026, 11, 25}, {"English", english_months, "{{month}} {{day}}, {{year}}", "and", true, "or", {}}),
              "November 25, 2026");
    const std::vector<std::string> spanish_months{"enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
                                                  "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};
    EXPECT_EQ(format_date({2026, 1, 5}, {"Español", spanish_months, "{{day}} de {{month}} de {{year}}", "y", false, "o", {}}),
              "5 de enero de 2026");
}

TEST(DateFormatter, MissingMonthNamesFallBackToTheNumber) {
    EXPECT_EQ(format_date({2026, 3, 1}, {"?", {}, "{{day}}/{{month}}/{{year}}", "", false, "", {}}), "1/3/2026");
}

}  // namespace
}  // namespace kiosk::letter
