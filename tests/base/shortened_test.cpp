#include <gtest/gtest.h>

#include "base/shortened.h"

namespace kiosk::base {
namespace {

TEST(Shortened, AShortValueIsKeptAsItIs) {
    EXPECT_EQ(shortened("Boone County", 60), "Boone County");
    EXPECT_EQ(shortened(std::string(60, 'x'), 60), std::string(60, 'x'));
}

TEST(Shortened, ALongValueKeepsItsStartAndSaysHowLongItWas) {
    EXPECT_EQ(shortened(std::string(5'000'000, 'x'), 10), "xxxxxxxxxx… (5000000 characters)");
}

TEST(Shortened, TheCutFallsBetweenCharactersNeverInsideOne) {
    // Ten "ñ" (two bytes each): a byte cut at 5 would split the third.
    std::string text;
    for (int i = 0; i < 10; ++i) text += "ñ";
    EXPECT_EQ(shortened(text, 5), "ñññññ… (10 characters)");
}

TEST(Shortened, BytesThatAreNotUtf8AreCutByBytes) {
    EXPECT_EQ(shortened(std::string(8, '\xE9'), 3), "\xE9\xE9\xE9… (8 characters)");
}

TEST(Shortened, APathIsKeptWholeUpTo200Characters) {
    const std::string typed = "/media/usb/" + std::string(189, 'p');
    EXPECT_EQ(shortened_path(typed), typed);
    EXPECT_EQ(shortened_path(typed + "/x"), typed.substr(0, 200) + "… (202 characters)");
}

}  // namespace
}  // namespace kiosk::base
