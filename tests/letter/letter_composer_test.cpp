#include <gtest/gtest.h>

#include "letter/letter_composer.h"
#include "test_pack.h"

namespace kiosk::letter {
namespace {

using testing::test_pack;
using testing::typical_request;

std::string body_text(const ComposedLetter& letter) {
    std::string text;
    for (const auto& paragraph : letter.body_paragraphs) text += paragraph + "\n";
    return text;
}

TEST(LetterComposer, GovernorLetterGreetsTheGovernorByName) {
    const auto letter = compose_letter(test_pack(), typical_request());
    ASSERT_TRUE(letter) << letter.error();
    EXPECT_EQ(letter->salutation, "Dear Governor Kehoe:");
    EXPECT_EQ(letter->date, "November 25, 2026");
    const std::vector<std::string> address{"Mike Kehoe", "Governor of Missouri", "Capitol Building Room 216",
                                           "P.O. Box 720", "Jefferson City, MO 65102"};
    EXPECT_EQ(letter->recipient_lines, address);
    EXPECT_FALSE(letter->address_blank);
    EXPECT_EQ(letter->sender_lines, typical_request().sender.address_lines);
    EXPECT_EQ(letter->printed_name, "José Núñez-Ødegård");
    EXPECT_EQ(letter->closing, "Sincerely,");
}

TEST(LetterComposer, ANationalLetterNeedsNoState) {
    auto request = typical_request();
    request.recipient_id = "president";
    request.state_id = "";
    const auto letter = compose_letter(test_pack(), request);
    ASSERT_TRUE(letter) << letter.error();
    auto governor = typical_request();
    governor.state_id = "";
    EXPECT_FALSE(compose_letter(test_pack(), governor));
}

TEST(LetterComposer, BodyJoinsTheConditionsAndSplitsParagraphs) {
    const auto letter = compose_letter(test_pack(), typical_request());
    ASSERT_TRUE(letter) << letter.error();
    ASSERT_EQ(letter->body_paragraphs.size(), 3u);
    EXPECT_EQ(letter->body_paragraphs[0],
              "I am writing to ask you, as Governor of Missouri, to act. I write from Columbia.");
    EXPECT_EQ(letter->body_paragraphs[1],
              "People with heart disease, lung disease, or hypertension face the greatest risk.");
}

TEST(LetterComposer, SalutationThatPrintsNothingIsAnErrorNotAnEmptyLine) {
    auto pack = test_pack();
    pack.recipients[1].salutation.text["en"] = "{{#has_sender}}Dear Governor:{{/has_sender}}";
    auto request = typical_request();
    request.sender.name.clear();
    const auto letter = compose_letter(pack, request);
    ASSERT_FALSE(letter);
    EXPECT_EQ(letter.error(), "the salutation for \"governor\" in \"en\" prints nothing for this letter");
}

TEST(LetterComposer, PlainTextIsNotHtmlEscaped) {
    auto pack = test_pack();
    pack.conditions[0].phrase.text["en"] = "heart & \"vessel\" disease";
    const auto letter = compose_letter(pack, typical_request());
    ASSERT_TRUE(letter) << letter.error();
    EXPECT_NE(body_text(*letter).find("heart & \"vessel\" disease"), std::string::npos);
}

TEST(LetterComposer, GroundsAndConditionsGoToTheirOwnLists) {
    auto request = typical_request();
    request.reason_ids = {"elderly", "heart-disease", "pretrial"};
    const auto letter = compose_letter(test_pack(), request);
    ASSERT_TRUE(letter) << letter.error();
    EXPECT_EQ(letter->body_paragraphs[1],
              "People with heart disease face the greatest risk. Please release people who are elderly or who are "
              "held before trial.");
}

TEST(LetterComposer, SpanishLetterUsesSpanishWordsDateAndConjunction) {
    auto request = typical_request();
    request.language = "es";
    const auto letter = compose_letter(test_pack(), request);
    ASSERT_TRUE(letter) << letter.error();
    EXPECT_EQ(letter->salutation, "Estimado(a) Gobernador(a) Kehoe:");
    EXPECT_EQ(letter->date, "25 de noviembre de 2026");
    EXPECT_EQ(letter->closing, "Atentamente,");
    EXPECT_EQ(letter->body_paragraphs.at(1),
              "Las personas con enfermedades del corazón, enfermedades pulmonares o hipertensión corren el mayor "
              "riesgo.");
}

TEST(LetterComposer, ContactSalutationOverridesPerLanguage) {
    auto request = typical_request();
    request.state_id = "AR";
    request.language = "es";
    auto letter = compose_letter(test_pack(), request);
    ASSERT_TRUE(letter) << letter.error();
    EXPECT_EQ(letter->salutation, "Estimada Gobernadora Sanders:");
    request.language = "en";
    letter = compose_letter(test_pack(), request);
    ASSERT_TRUE(letter) << letter.error();
    EXPECT_EQ(letter->salutation, "Dear Governor Sanders:");
}

TEST(LetterComposer, UnnamedOfficeHolderGetsTitleOnlySalutation) {
    auto request = typical_request();
    request.state_id = "KS";
    const auto letter = compose_letter(test_pack(), request);
    ASSERT_TRUE(letter) << letter.error();
    EXPECT_EQ(letter->salutation, "Dear Governor:");
    EXPECT_EQ(letter->recipient_lines.front(), "Governor of Kansas");
    EXPECT_FALSE(letter->address_blank);
}

TEST(LetterComposer, SheriffWithoutContactLeavesTheAddressBlank) {
    auto request = typical_request();
    request.recipient_id = "sheriff";
    request.county = "Boone County";
    const auto letter = compose_letter(test_pack(), request);
    ASSERT_TRUE(letter) << letter.error();
    EXPECT_EQ(letter->salutation, "Dear Sheriff:");
    EXPECT_TRUE(letter->address_blank);
    EXPECT_EQ(letter->recipient_lines, std::vector<std::string>{"Sheriff of Boone County"});
    EXPECT_EQ(letter->body_paragraphs.at(0), "Sheriff, please release people from the Boone County jail.");
}

TEST(LetterComposer, KnownNameWithoutAddressKeepsTheNameAndLeavesTheAddressBlank) {
    auto pack = test_pack();
    pack.recipients[2].contacts.push_back({"MO", "Boone County", "Sheriff of Boone County", "Dwayne Carey", "Carey", "",
                                           {}, "", "", {}, {}});
    auto request = typical_request();
    request.recipient_id = "sheriff";
    request.county = "Boone County";
    const auto letter = compose_letter(pack, request);
    ASSERT_TRUE(letter) << letter.error();
    EXPECT_EQ(letter->salutation, "Dear Sheriff Carey:");
    EXPECT_EQ(letter->recipient_lines, (std::vector<std::string>{"Dwayne Carey", "Sheriff of Boone County"}));
    EXPECT_TRUE(letter->address_blank);
    request.county = "Cole County";  // the contact is for Boone County only
    EXPECT_EQ(compose_letter(pack, request)->salutation, "Dear Sheriff:");
}

TEST(LetterComposer, NationalContactServesEveryState) {
    auto request = typical_request();
    request.recipient_id = "president";
    request.state_id = "AR";
    const auto letter = compose_letter(test_pack(), request);
    ASSERT_TRUE(letter) << letter.error();
    EXPECT_EQ(letter->salutation, "Dear President Trump:");
    EXPECT_EQ(letter->recipient_lines.at(1), "President of the United States");
}

TEST(LetterComposer, AfterTheTermEndsTheOfficeIsAddressedWithoutTheHoldersName) {
    auto request = typical_request();
    request.state_id = "AR";  // term_ends "2027-01": ended from January 1, 2027
    request.date = {2026, 12, 31};
    EXPECT_EQ(compose_letter(test_pack(), request)->salutation, "Dear Governor Sanders:");
    request.date = {2027, 1, 1};
    const auto letter = compose_letter(test_pack(), request);
    ASSERT_TRUE(letter) << letter.error();
    EXPECT_EQ(letter->salutation, "Dear Governor:");
    const std::vector<std::string> address{"Governor of Arkansas", "State Capitol, Suite 250", "500 Woodlane Street",
                                           "Little Rock, AR 72201"};
    EXPECT_EQ(letter->recipient_lines, address);
    EXPECT_FALSE(letter->address_blank);
    // The contact's own salutation names the holder too, so it goes with the name.
    request.language = "es";
    EXPECT_EQ(compose_letter(test_pack(), request)->salutation, "Estimado(a) Gobernador(a):");
}

TEST(LetterComposer, ATermGivenAsADayEndsThatDay) {
    auto request = typical_request();
    request.recipient_id = "president";  // term_ends "2029-01-20"
    request.date = {2029, 1, 19};
    EXPECT_EQ(compose_letter(test_pack(), request)->salutation, "Dear President Trump:");
    request.date = {2029, 1, 20};
    EXPECT_EQ(compose_letter(test_pack(), request)->salutation, "Dear President:");
}

TEST(LetterComposer, AnAddressToWriteByHandHasALabelForEachLine) {
    auto request = typical_request();
    request.recipient_id = "sheriff";
    request.county = "Boone County";
    auto letter = compose_letter(test_pack(), request);
    ASSERT_TRUE(letter) << letter.error();
    EXPECT_EQ(letter->address_labels, (std::vector<std::string>{"Street or P.O. box", "City, state, ZIP code"}));
    request.language = "es";
    letter = compose_letter(test_pack(), request);
    EXPECT_EQ(letter->address_labels,
              (std::vector<std::string>{"Calle o apartado postal", "Ciudad, estado y código postal"}));
    EXPECT_TRUE(compose_letter(test_pack(), typical_request())->address_labels.empty()) << "the address is known";
}

TEST(LetterComposer, FactsComeFromTheStateAndACountyCanChangeOrDropThem) {
    auto pack = test_pack();
    content::State& missouri = pack.states[0];
    missouri.facts["county_body"] = {{{"en", "{{county}} Commission"}, {"es", "Comisión de {{county}}"}}};
    missouri.county_facts["St. Louis County"]["county_body"] =
        content::Translated{{{"en", "St. Louis County Council"}, {"es", "Consejo de St. Louis County"}}};
    missouri.county_facts["Cole County"]["county_body"] = std::nullopt;
    pack.recipients[2].office.text["en"] =
        "{{#facts.county_body}}{{facts.county_body}}{{/facts.county_body}}{{^facts.county_body}}Officials of "
        "{{county}}{{/facts.county_body}}";
    auto request = typical_request();
    request.recipient_id = "sheriff";
    const auto office = [&](const std::string& county) {
        request.county = county;
        return compose_letter(pack, request)->recipient_lines.front();
    };
    EXPECT_EQ(office("Boone County"), "Boone County Commission");
    EXPECT_EQ(office("St. Louis County"), "St. Louis County Council");
    EXPECT_EQ(office("Cole County"), "Officials of Cole County");
}

TEST(LetterComposer, NoNameMeansABlankLineToPrintByHand) {
    auto request = typical_request();
    request.sender = {};
    const auto letter = compose_letter(test_pack(), request);
    ASSERT_TRUE(letter) << letter.error();
    EXPECT_TRUE(letter->printed_name.empty());
    EXPECT_EQ(letter->printed_name_label, "Printed name");
    EXPECT_TRUE(letter->sender_lines.empty());
    EXPECT_EQ(letter->body_paragraphs.at(0), "I am writing to ask you, as Governor of Missouri, to act.");
}

TEST(LetterComposer, OwnWordsBoxCanBeLeftOut) {
    auto request = typical_request();
    EXPECT_EQ(compose_letter(test_pack(), request)->own_words_label, "In my own words");
    request.own_words_box = false;
    EXPECT_EQ(compose_letter(test_pack(), request)->own_words_label, "");
}

TEST(LetterComposer, MissingFixedWordFallsBackToTheDefaultLanguage) {
    auto request = typical_request();
    request.language = "es";
    EXPECT_EQ(compose_letter(test_pack(), request)->footer, "Printed at a community letter-writing table");
}

TEST(LetterComposer, RefusesWhatThePackDoesNotHave) {
    auto request = typical_request();
    request.recipient_id = "mayor";
    EXPECT_EQ(compose_letter(test_pack(), request).error(), "unknown recipient \"mayor\"");
    request = typical_request();
    request.state_id = "TX";
    EXPECT_EQ(compose_letter(test_pack(), request).error(), "unknown state \"TX\"");
    request = typical_request();
    request.recipient_id = "sheriff";
    EXPECT_EQ(compose_letter(test_pack(), request).error(), "a county is needed for \"sheriff\"");
    request.county = "Nowhere County";
    EXPECT_EQ(compose_letter(test_pack(), request).error(), "unknown county \"Nowhere County\" in MO");
    request = typical_request();
    request.reason_ids = {"flu"};
    EXPECT_EQ(compose_letter(test_pack(), request).error(), "unknown ground or condition \"flu\"");
    request = typical_request();
    request.language = "fr";
    EXPECT_EQ(compose_letter(test_pack(), request).error(), "unknown language \"fr\"");
}

}  // namespace
}  // namespace kiosk::letter
