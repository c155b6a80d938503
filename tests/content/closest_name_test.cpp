#include <gtest/gtest.h>

#include "content/closest_name.h"

namespace kiosk::content {
namespace {

const std::vector<std::string> recipient_keys = {"id", "level", "label", "hint", "office", "salutation", "contacts"};

TEST(ClosestName, SuggestsTheKeyATypoWasMeantToBe) {
    EXPECT_EQ(closest_name("labl", recipient_keys), "label");
    EXPECT_EQ(closest_name("lable", recipient_keys), "label");  // swapped letters
    EXPECT_EQ(closest_name("salutaton", recipient_keys), "salutation");
    EXPECT_EQ(did_you_mean("contact", recipient_keys), " (did you mean 'contacts'?)");
}

TEST(ClosestName, SuggestsNothingForAnUnrelatedWord) {
    EXPECT_EQ(closest_name("colour", recipient_keys), std::nullopt);
    EXPECT_EQ(closest_name("xy", recipient_keys), std::nullopt);
    EXPECT_EQ(did_you_mean("address", recipient_keys), "");
    EXPECT_EQ(closest_name(std::string(100000, 'a'), recipient_keys), std::nullopt);
}

TEST(ClosestName, CountsEditsUpToTwoAndASwapAsOne) {
    const std::vector<std::string> keys = {"letter.closing"};
    EXPECT_EQ(closest_name("letter.clsoing", keys), "letter.closing");   // one swap
    EXPECT_EQ(closest_name("lettr.closin", keys), "letter.closing");     // two deletions
    EXPECT_EQ(closest_name("letter.closing.xx", keys), std::nullopt);    // three insertions
    EXPECT_EQ(closest_name("xetter.closinx", keys), "letter.closing");   // two substitutions, far apart
    EXPECT_EQ(closest_name("xettxr.closinx", keys), std::nullopt);       // three substitutions
}

// Once seconds per language: every missing key was compared in full with every key of a
// junk strings file. The answer must still be found among them.
TEST(ClosestName, FindsTheTypoAmongTenThousandJunkNames) {
    std::vector<std::string> junk;
    std::uint32_t seed = 20261125;
    for (int i = 0; i < 10000; ++i) {
        std::string name;
        for (std::size_t length = 10 + i % 20; name.size() < length;) {
            seed = seed * 1664525u + 1013904223u;
            name += "abcdefghijklmnopqrstuvwxyz.-"[(seed >> 24) % 28];
        }
        junk.push_back(name);
    }
    junk.insert(junk.begin() + 5000, "ui.welcome.haedline");
    EXPECT_EQ(closest_name("ui.welcome.headline", junk), "ui.welcome.haedline");
}

}  // namespace
}  // namespace kiosk::content
