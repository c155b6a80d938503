// The campaign that ships with the kiosk must load clean and say what the brief says.
#include <algorithm>

#include <gtest/gtest.h>

#include "content/pack_loader.h"
#include "content/required_strings.h"
#include "pack_copy.h"

namespace kiosk::content {
namespace {

using testing::describe;

const Pack& default_pack() {
    static const auto pack = load_pack(KIOSK_DEFAULT_PACK);
    if (!pack) ADD_FAILURE() << "the default pack does not load:\n" << describe(pack.error());
    return *pack;
}

TEST(DefaultPack, LoadsWithoutProblems) {
    const auto pack = load_pack(KIOSK_DEFAULT_PACK);
    ASSERT_TRUE(pack) << describe(pack.error());
}

TEST(DefaultPack, IsInEnglishThenSpanishOnLetterPaper) {
    const Pack& pack = default_pack();
    EXPECT_EQ(pack.info.languages, (std::vector<LanguageCode>{"en", "es"}));
    EXPECT_EQ(pack.default_language(), "en");
    EXPECT_EQ(pack.info.paper, PaperSize::Letter);
    EXPECT_EQ(pack.language_rules.at("es").name, "Español");
    EXPECT_EQ(pack.language_rules.at("en").months.at(10), "November");
}

TEST(DefaultPack, HasTheFiveRecipientsWithALetterInEachLanguage) {
    const Pack& pack = default_pack();
    for (const char* id : {"president", "governor", "prosecutor", "sheriff", "local-official"}) {
        ASSERT_NE(pack.find_recipient(id), nullptr) << id;
        for (const char* language : {"en", "es"}) {
            EXPECT_FALSE(pack.templates.at(id).at(language).empty()) << id << " " << language;
        }
    }
    EXPECT_EQ(pack.find_recipient("governor")->level, RecipientLevel::State);
    EXPECT_EQ(pack.find_recipient("sheriff")->level, RecipientLevel::County);
}

TEST(DefaultPack, HasEveryCountyOfTheFourStates) {
    const Pack& pack = default_pack();
    const std::pair<const char*, std::size_t> expected[] = {{"MO", 115}, {"KS", 105}, {"NE", 93}, {"AR", 75}};
    for (const auto& [id, counties] : expected) {
        ASSERT_NE(pack.find_state(id), nullptr) << id;
        EXPECT_EQ(pack.find_state(id)->counties.size(), counties) << id;
    }
    EXPECT_EQ(pack.find_state("MO")->name.in("es", "en"), "Misuri");
}

TEST(DefaultPack, KnowsTheCountiesEveryZipCodeOfTheFourStatesTouches) {
    const Pack& pack = default_pack();
    EXPECT_EQ(pack.zips.size(), 2950u);  // the Census ZCTAs of MO, KS, NE and AR
    std::size_t rows = 0;
    for (const auto& [zip, areas] : pack.zips) {
        for (const ZipArea& area : areas) {
            ++rows;
            const State* state = pack.find_state(area.state);
            ASSERT_NE(state, nullptr) << zip << " " << area.state;
            EXPECT_NE(std::find(state->counties.begin(), state->counties.end(), area.county), state->counties.end())
                << zip << " " << area.county;
        }
    }
    EXPECT_EQ(rows, 4697u);
    ASSERT_NE(pack.find_zip("65201"), nullptr);
    EXPECT_EQ(pack.find_zip("65201")->front().county, "Boone County");
}

TEST(DefaultPack, KnowsTheGovernorsAndLeavesKansasUnverified) {
    const Recipient& governor = *default_pack().find_recipient("governor");
    ASSERT_EQ(governor.contacts.size(), 4u);
    const auto kansas = std::find_if(governor.contacts.begin(), governor.contacts.end(),
                                     [](const Contact& contact) { return contact.state == "KS"; });
    ASSERT_NE(kansas, governor.contacts.end());
    EXPECT_TRUE(kansas->verified_on.empty());
    EXPECT_EQ(governor.contacts.front().surname, "Kehoe");
    EXPECT_EQ(governor.contacts.front().verified_on, "2026-11-24");
}

TEST(DefaultPack, HasEveryRequiredStringInEveryLanguage) {
    const Pack& pack = default_pack();
    for (const char* language : {"en", "es"}) {
        for (const std::string& key : required_string_keys()) {
            EXPECT_TRUE(pack.strings.at(language).count(key)) << language << " " << key;
        }
    }
    EXPECT_EQ(pack.text("es", "letter.closing"), "Atentamente,");
}

TEST(DefaultPack, LogoIsAPathThatOpensAsItIs) {
    const Pack& pack = default_pack();
    EXPECT_TRUE(pack.branding.logo.is_absolute());
    EXPECT_TRUE(std::filesystem::is_regular_file(pack.branding.logo));
}

TEST(DefaultPack, HasTheTwoFollowUps) {
    const Pack& pack = default_pack();
    ASSERT_EQ(pack.follow_ups.size(), 2u);
    EXPECT_EQ(pack.follow_ups[0].id, "webinar");
    EXPECT_EQ(pack.follow_ups[1].id, "sign-on");
}

TEST(DefaultPack, HasTheGroundsAndConditionsOfTheCampaign) {
    const Pack& pack = default_pack();
    EXPECT_EQ(pack.grounds.size(), 6u);
    EXPECT_EQ(pack.conditions.size(), 11u);
    ASSERT_NE(pack.find_reason("pretrial"), nullptr);
    ASSERT_NE(pack.find_reason("hypertension"), nullptr);
}

}  // namespace
}  // namespace kiosk::content
