// content/README.md is the staff's only reference: what it says the program requires
// must be what the program requires.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "content/counted.h"
#include "content/required_strings.h"

namespace kiosk::content {
namespace {

std::string staff_guide() {
    std::ifstream in(std::filesystem::path(KIOSK_DEFAULT_PACK).parent_path() / "README.md");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The required keys were once listed only in C++; the guide said "see required_strings.cpp".
TEST(StaffGuide, ListsExactlyTheRequiredStringKeys) {
    const std::string guide = staff_guide();
    const auto begin = guide.find("<!-- required-strings:");
    const auto end = guide.find("<!-- end of required-strings -->");
    ASSERT_NE(begin, std::string::npos);
    ASSERT_NE(end, std::string::npos);
    const std::string list = guide.substr(begin, end - begin);
    std::vector<std::string> listed;
    const std::regex key("`([a-z0-9.-]+)`");
    for (auto match = std::sregex_iterator(list.begin(), list.end(), key); match != std::sregex_iterator(); ++match) {
        listed.push_back((*match)[1]);
    }
    const std::set<std::string> listed_once(listed.begin(), listed.end());
    EXPECT_EQ(listed_once.size(), listed.size()) << "a key is listed twice";
    const std::set<std::string> required(required_string_keys().begin(), required_string_keys().end());
    for (const auto& key : required) EXPECT_TRUE(listed_once.count(key)) << key << " is required but not in the guide";
    for (const auto& key : listed_once) EXPECT_TRUE(required.count(key)) << key << " is in the guide but not required";
}

TEST(Counted, SaysOneThingAndOtherNumbersOfThings) {
    EXPECT_EQ(counted(1, "state", "states"), "1 state");
    EXPECT_EQ(counted(0, "state", "states"), "0 states");
    EXPECT_EQ(counted(4, "county", "counties"), "4 counties");
}

}  // namespace
}  // namespace kiosk::content
