#include "ui/screens/county_index.h"

#include <gtest/gtest.h>

namespace kiosk::ui {
namespace {

TEST(CountyIndex, FilesStLouisCityAmongTheSCountiesNotAtTheEnd) {
    const auto sorted = counties_in_index_order({"Saline County", "St. Charles County", "Ste. Genevieve County",
                                                 "St. Louis County", "Wright County", "St. Louis city", "Stoddard County"});
    EXPECT_EQ(sorted, (std::vector<std::string>{"Saline County", "St. Charles County", "Ste. Genevieve County",
                                                "St. Louis city", "St. Louis County", "Stoddard County",
                                                "Wright County"}));
    EXPECT_EQ(index_letter("St. Louis city"), "S");
}

TEST(CountyIndex, IgnoresCaseAndSpaces) {
    EXPECT_EQ(counties_in_index_order({"Dent County", "DeKalb County", "dallas County", "Dade County"}),
              (std::vector<std::string>{"Dade County", "dallas County", "DeKalb County", "Dent County"}));
    EXPECT_EQ(index_letter("dallas County"), "D");
}

TEST(CountyIndex, FilesAnAccentedFirstLetterUnderItself) {
    EXPECT_EQ(index_letter("Ñuñoa County"), "Ñ");
    EXPECT_EQ(index_letter("\"Quoted\" County"), "Q");
}

}  // namespace
}  // namespace kiosk::ui
