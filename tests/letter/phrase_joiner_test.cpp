#include <gtest/gtest.h>

#include "content/pack_loader.h"
#include "letter/phrase_joiner.h"

namespace kiosk::letter {
namespace {

content::LanguageRules english() { return {"English", {}, "", "and", true, "or", {}}; }
// The rules content/default/strings/es.yaml gives; SpanishRulesOfTheDefaultPack reads them there.
content::LanguageRules spanish() {
    return {"Español", {}, "", "y", false, "o", {{"y", "e", {"i", "hi"}, {"hie", "hia"}}, {"o", "u", {"o", "ho"}, {}}}};
}

TEST(PhraseJoiner, NothingChosenIsEmpty) { EXPECT_EQ(join_phrases({}, english()), ""); }

TEST(PhraseJoiner, OnePhraseStandsAlone) { EXPECT_EQ(join_phrases({"heart disease"}, english()), "heart disease"); }

TEST(PhraseJoiner, TwoPhrasesTakeNoComma) {
    EXPECT_EQ(join_phrases({"heart disease", "lung disease"}, english()), "heart disease and lung disease");
}

TEST(PhraseJoiner, EnglishUsesTheSerialComma) {
    EXPECT_EQ(join_phrases({"heart disease", "lung disease", "hypertension"}, english()),
              "heart disease, lung disease, and hypertension");
}

TEST(PhraseJoiner, AlternativesJoinWithOrAndTheSerialComma) {
    EXPECT_EQ(join_alternatives({"heart disease", "lung disease", "hypertension"}, english()),
              "heart disease, lung disease, or hypertension");
    EXPECT_EQ(join_alternatives({"who are elderly", "who have a terminal illness"}, english()),
              "who are elderly or who have a terminal illness");
    EXPECT_EQ(join_alternatives({"heart disease"}, english()), "heart disease");
}

TEST(PhraseJoiner, SpanishHasNoSerialComma) {
    EXPECT_EQ(join_phrases({"asma", "diabetes", "cáncer"}, spanish()), "asma, diabetes y cáncer");
    EXPECT_EQ(join_alternatives({"asma", "diabetes", "cáncer"}, spanish()), "asma, diabetes o cáncer");
}

TEST(PhraseJoiner, SpanishWritesEBeforeAnHiSound) {
    EXPECT_EQ(join_phrases({"enfermedades del corazón", "enfermedades pulmonares", "hipertensión"}, spanish()),
              "enfermedades del corazón, enfermedades pulmonares e hipertensión");
}

TEST(PhraseJoiner, SpanishWritesEBeforeAnISound) {
    EXPECT_EQ(join_phrases({"diabetes", "inmunosupresión"}, spanish()), "diabetes e inmunosupresión");
    EXPECT_EQ(join_phrases({"diabetes", "Isabel"}, spanish()), "diabetes e Isabel");
    EXPECT_EQ(join_phrases({"diabetes", "íntegros"}, spanish()), "diabetes e íntegros");
    EXPECT_EQ(join_phrases({"diabetes", "HÍGADO graso"}, spanish()), "diabetes e HÍGADO graso");
}

TEST(PhraseJoiner, SpanishKeepsYBeforeHieAndHia) {
    EXPECT_EQ(join_phrases({"cobre", "hierro"}, spanish()), "cobre y hierro");
    EXPECT_EQ(join_phrases({"pausa", "hiato"}, spanish()), "pausa y hiato");
}

TEST(PhraseJoiner, SpanishKeepsYBeforeOtherWords) {
    EXPECT_EQ(join_phrases({"asma", "hemofilia"}, spanish()), "asma y hemofilia");
    EXPECT_EQ(join_phrases({"asma", "y"}, spanish()), "asma y y");
}

TEST(PhraseJoiner, SpanishWritesUBeforeAnOSound) {
    EXPECT_EQ(join_alternatives({"trastornos renales", "hormonales"}, spanish()), "trastornos renales u hormonales");
    EXPECT_EQ(join_alternatives({"diabetes", "obesidad"}, spanish()), "diabetes u obesidad");
    EXPECT_EQ(join_alternatives({"siete", "Óscar"}, spanish()), "siete u Óscar");
    EXPECT_EQ(join_alternatives({"asma", "diabetes", "hormonas"}, spanish()), "asma, diabetes u hormonas");
}

TEST(PhraseJoiner, SpanishKeepsOBeforeOtherSounds) {
    EXPECT_EQ(join_alternatives({"diabetes", "hipertensión"}, spanish()), "diabetes o hipertensión");
    EXPECT_EQ(join_alternatives({"diabetes", "huesos frágiles"}, spanish()), "diabetes o huesos frágiles");
    EXPECT_EQ(join_alternatives({"asma", "una enfermedad"}, spanish()), "asma o una enfermedad");
}

TEST(PhraseJoiner, EachRuleChangesOnlyItsOwnConjunction) {
    EXPECT_EQ(join_phrases({"diabetes", "obesidad"}, spanish()), "diabetes y obesidad");
    EXPECT_EQ(join_alternatives({"diabetes", "inmunosupresión"}, spanish()), "diabetes o inmunosupresión");
}

TEST(PhraseJoiner, OnlyTheConjunctionBeforeTheLastPhraseChanges) {
    EXPECT_EQ(join_phrases({"hipertensión", "asma"}, spanish()), "hipertensión y asma");
    EXPECT_EQ(join_alternatives({"obesidad", "asma"}, spanish()), "obesidad o asma");
}

TEST(PhraseJoiner, EnglishNeverChangesAndOrOr) {
    EXPECT_EQ(join_phrases({"asthma", "hypertension"}, english()), "asthma and hypertension");
    EXPECT_EQ(join_alternatives({"asthma", "obesity"}, english()), "asthma or obesity");
}

TEST(PhraseJoiner, TextThatIsNotUtf8MatchesNoRule) {
    EXPECT_EQ(join_alternatives({"asma", "o\xff"}, spanish()), "asma o o\xff");
}

// The rules are the pack's, not the program's: the default pack's Spanish file says them.
TEST(PhraseJoiner, SpanishRulesOfTheDefaultPack) {
    const auto pack = content::load_pack(DEFAULT_CONTENT_DIR);
    ASSERT_TRUE(pack);
    const content::LanguageRules& rules = pack->language_rules.at("es");
    EXPECT_EQ(join_alternatives({"enfermedades renales", "hormonales"}, rules), "enfermedades renales u hormonales");
    EXPECT_EQ(join_alternatives({"asma", "hipertensión"}, rules), "asma o hipertensión");
    EXPECT_EQ(join_phrases({"asma", "hipertensión"}, rules), "asma e hipertensión");
    EXPECT_EQ(join_phrases({"cobre", "hierro"}, rules), "cobre y hierro");
    EXPECT_EQ(join_alternatives({"asthma", "obesity"}, pack->language_rules.at("en")), "asthma or obesity");
}

}  // namespace
}  // namespace kiosk::letter
