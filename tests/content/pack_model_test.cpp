// The helpers every module uses to read a loaded pack.
#include <gtest/gtest.h>

#include "content/pack.h"
#include "content/problem.h"

namespace kiosk::content {
namespace {

Pack two_language_pack() {
    Pack pack;
    pack.info.languages = {"en", "es"};
    pack.strings["en"] = {{"letter.closing", "Sincerely,"}, {"ui.only-english", "Hello"}};
    pack.strings["es"] = {{"letter.closing", "Atentamente,"}};
    pack.grounds = {{"elderly", {}, {}}};
    pack.conditions = {{"heart-disease", {}, {}}};
    return pack;
}

TEST(Translated, FallsBackToTheGivenLanguageThenToNothing) {
    const Translated label{{{"en", "Governor"}, {"es", "Gobernador(a)"}}};
    EXPECT_EQ(label.in("es", "en"), "Gobernador(a)");
    EXPECT_EQ(label.in("fr", "en"), "Governor");
    EXPECT_EQ(label.in("fr", "de"), "");
}

TEST(PackText, UsesTheLanguageThenTheDefaultLanguageThenTheKey) {
    const Pack pack = two_language_pack();
    EXPECT_EQ(pack.text("es", "letter.closing"), "Atentamente,");
    EXPECT_EQ(pack.text("es", "ui.only-english"), "Hello");
    EXPECT_EQ(pack.text("es", "ui.nowhere"), "ui.nowhere");
}

TEST(PackText, KeyFallbackOutlivesATemporaryKey) {
    const Pack pack = two_language_pack();
    const std::string& shown = pack.text("en", std::string("ui.") + "missing");
    EXPECT_EQ(shown, "ui.missing");
}

TEST(PackFind, FindsReasonsInGroundsAndConditionsByIdOnly) {
    const Pack pack = two_language_pack();
    ASSERT_NE(pack.find_reason("heart-disease"), nullptr);
    EXPECT_EQ(pack.find_reason("heart-disease")->id, "heart-disease");
    EXPECT_EQ(pack.find_reason("elderly")->id, "elderly");
    EXPECT_EQ(pack.find_reason("nothing"), nullptr);
    EXPECT_EQ(pack.find_recipient("governor"), nullptr);
    EXPECT_EQ(pack.find_state("MO"), nullptr);
}

TEST(ProblemText, IsPathLineColumnMessageLeavingOutUnknownParts) {
    EXPECT_EQ((Problem{"p/recipients.yaml", 12, 5, "bad"}).to_string(), "p/recipients.yaml:12:5: bad");
    EXPECT_EQ((Problem{"p/recipients.yaml", 12, 0, "bad"}).to_string(), "p/recipients.yaml:12: bad");
    EXPECT_EQ((Problem{"p/templates/x.en.mustache", 0, 0, "missing"}).to_string(), "p/templates/x.en.mustache: missing");
}

}  // namespace
}  // namespace kiosk::content
