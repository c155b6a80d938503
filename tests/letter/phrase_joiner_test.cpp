#include <gtest/gtest.h>

#include "letter/phrase_joiner.h"

namespace kiosk::letter {
namespace {

content::LanguageRules english() { return {"English", {}, "", "and", true}; }
content::LanguageRules spanish() { return {"Español", {}, "", "y", false}; }

TEST(PhraseJoiner, NothingChosenIsEmpty) { EXPECT_EQ(join_phrases({}, english()), ""); }

TEST(PhraseJoiner, OnePhraseStandsAlone) { EXPECT_EQ(join_phrases({"heart disease"}, english()), "heart disease"); }

TEST(PhraseJoiner, TwoPhrasesTakeNoComma) {
    EXPECT_EQ(join_phrases({"heart disease", "lung disease"}, english()), "heart disease and lung disease");
}

TEST(PhraseJoiner, EnglishUsesTheSerialComma) {
    EXPECT_EQ(join_phrases({"heart disease", "lung disease", "hypertension"}, english()),
              "heart disease, lung disease, and hypertension");
}

TEST(PhraseJoiner, SpanishHasNoSerialComma) {
    EXPECT_EQ(join_phrases({"asma", "diabetes", "cáncer"}, spanish()), "asma, diabetes y cáncer");
}

TEST(PhraseJoiner, SpanishWritesEBeforeAnHiSound) {
    EXPECT_EQ(join_phrases({"enfermedades del corazón", "enfermedades pulmonares", "hipertensión"}, spanish()),
              "enfermedades del corazón, enfermedades pulmonares e hipertensión");
}

TEST(PhraseJoiner, SpanishWritesEBeforeAnISound) {
    EXPECT_EQ(join_phrases({"diabetes", "inmunosupresión"}, spanish()), "diabetes e inmunosupresión");
    EXPECT_EQ(join_phrases({"diabetes", "Isabel"}, spanish()), "diabetes e Isabel");
    EXPECT_EQ(join_phrases({"diabetes", "íntegros"}, spanish()), "diabetes e íntegros");
}

TEST(PhraseJoiner, SpanishKeepsYBeforeHieAndHia) {
    EXPECT_EQ(join_phrases({"cobre", "hierro"}, spanish()), "cobre y hierro");
    EXPECT_EQ(join_phrases({"pausa", "hiato"}, spanish()), "pausa y hiato");
}

TEST(PhraseJoiner, SpanishKeepsYBeforeOtherWords) {
    EXPECT_EQ(join_phrases({"asma", "hemofilia"}, spanish()), "asma y hemofilia");
    EXPECT_EQ(join_phrases({"asma", "y"}, spanish()), "asma y y");
}

TEST(PhraseJoiner, OnlyTheConjunctionBeforeTheLastPhraseChanges) {
    EXPECT_EQ(join_phrases({"hipertensión", "asma"}, spanish()), "hipertensión y asma");
}

TEST(PhraseJoiner, EnglishNeverChangesAnd) {
    EXPECT_EQ(join_phrases({"asthma", "hypertension"}, english()), "asthma and hypertension");
}

}  // namespace
}  // namespace kiosk::letter
