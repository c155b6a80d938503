#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

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

TEST(ClosestName, CountsEditsUpToTheEdgeOfATypo) {
    EXPECT_EQ(closest_name("aslutation", recipient_keys), "salutation");  // first letters swapped
    EXPECT_EQ(closest_name("salutatoin", recipient_keys), "salutation");  // last letters swapped
    EXPECT_EQ(closest_name("slutatio", recipient_keys), "salutation");    // two letters short
    EXPECT_EQ(closest_name("saluttationn", recipient_keys), "salutation");  // two letters over
    EXPECT_EQ(closest_name("sltatio", recipient_keys), std::nullopt);     // three short
    EXPECT_EQ(closest_name("lbel", recipient_keys), "label");             // short names allow one edit
    EXPECT_EQ(closest_name("lbl", recipient_keys), std::nullopt);
}

TEST(ClosestName, TenThousandLongCandidatesAreComparedInAMoment) {
    // A hostile strings file: ten thousand 64-letter keys, each compared with every
    // required key missing for a "typo of it?" hint. A whole edit-distance table per
    // pair made check-content take 5-10 s on such a pack.
    std::vector<std::string> keys;
    for (int i = 0; i < 10000; ++i) {
        char key[72];
        std::snprintf(key, sizeof key, "k%063d", i);
        keys.push_back(key);
    }
    const std::vector<std::string> typed = {"letter.closing", "ui.welcome.tap", "print.status.out-of-paper"};
    const auto started = std::chrono::steady_clock::now();
    for (int round = 0; round < 10; ++round) {
        for (const std::string& name : typed) EXPECT_EQ(closest_name(name, keys), std::nullopt);
    }
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
    EXPECT_LT(took.count(), 0.25);
}

}  // namespace
}  // namespace kiosk::content
