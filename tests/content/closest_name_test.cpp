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

}  // namespace
}  // namespace kiosk::content
