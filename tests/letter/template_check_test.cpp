#include <gtest/gtest.h>

#include "content/pack_loader.h"
#include "letter/template_check.h"
#include "test_pack.h"

namespace kiosk::letter {
namespace {

TEST(TemplateCheck, TheTestPackIsClean) {
    const auto problems = check_templates(testing::test_pack());
    for (const auto& problem : problems) ADD_FAILURE() << problem.to_string();
}

TEST(TemplateCheck, ReportsAnUnknownNameWithLineAndColumn) {
    auto pack = testing::test_pack();
    pack.templates["governor"]["en"] = "Dear friend,\n\nThe people of {{state.nmae}} need you.\n";
    const auto problems = check_templates(pack);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].to_string(),
              "test-pack/templates/governor.en.mustache:3:15: \"state.nmae\" is not a value the letter provides "
              "(did you mean 'state.name'?) (see content/README.md)");
}

TEST(TemplateCheck, ListItemNamesAreKnownOnlyInsideTheList) {
    auto pack = testing::test_pack();
    pack.templates["governor"]["en"] = "{{#conditions}}{{phrase}} ({{label}}); {{/conditions}}{{phrase}}";
    const auto problems = check_templates(pack);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].line, 1);
    EXPECT_EQ(problems[0].column, 55);
}

TEST(TemplateCheck, NamesInsideAnObjectSectionResolveAgainstIt) {
    auto pack = testing::test_pack();
    pack.templates["governor"]["en"] = "{{#recipient}}{{name}} of {{office}}{{/recipient}} in {{#state}}{{name}}{{/state}}";
    EXPECT_TRUE(check_templates(pack).empty());
}

// A tag over two lines once gave a message over two lines.
TEST(TemplateCheck, ProblemWithATagOverTwoLinesIsOneLine) {
    auto pack = testing::test_pack();
    pack.templates["governor"]["en"] = "Dear {{recipient.\nnaem}}";
    const auto problems = check_templates(pack);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].to_string(),
              "test-pack/templates/governor.en.mustache:1:6: \"recipient.\\u000Anaem\" is not a "
              "value the letter provides (did you mean 'recipient.name'?) (see content/README.md)");
}

TEST(TemplateCheck, ReportsAnUnclosedSectionAtItsTag) {
    auto pack = testing::test_pack();
    pack.templates["sheriff"]["es"] = "Hola.\n  {{#has_sender}}Soy {{sender.name}}.\n";
    const auto problems = check_templates(pack);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].file, "test-pack/templates/sheriff.es.mustache");
    EXPECT_EQ(problems[0].line, 2);
    EXPECT_EQ(problems[0].column, 3);
    EXPECT_NE(problems[0].message.find("unclosed section {{#has_sender}}"), std::string::npos) << problems[0].message;
}

TEST(TemplateCheck, ReportsAnUnclosedTag) {
    auto pack = testing::test_pack();
    pack.templates["sheriff"]["en"] = "Dear {{county";
    const auto problems = check_templates(pack);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].line, 1);
    EXPECT_EQ(problems[0].column, 6);
}

TEST(TemplateCheck, ChecksSalutationsAndOfficeLinesToo) {
    auto pack = testing::test_pack();
    pack.recipients[0].salutation.text["en"] = "Dear {{recipient.titel}}:";
    pack.recipients[1].contacts[1].salutation["es"] = "Estimada {{#recipient.name}}:";
    const auto problems = check_templates(pack);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].file, "test-pack/recipients.yaml");
    EXPECT_NE(problems[0].message.find("recipient.titel"), std::string::npos);
    EXPECT_NE(problems[1].message.find("unclosed section"), std::string::npos);
}

// std::regex once read kainjow's message about this and overflowed the stack.
TEST(TemplateCheck, MegabyteLongUnclosedSectionNameIsRefusedAtItsTag) {
    auto pack = testing::test_pack();
    pack.templates["governor"]["en"] = "Dear friend,\n{{#" + std::string(1024 * 1024, 'a') + "}}";
    const auto problems = check_templates(pack);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].line, 2);
    EXPECT_EQ(problems[0].column, 1);
    EXPECT_EQ(problems[0].message, "a tag name is longer than 100 characters; names are like {{recipient.surname}}");
}

TEST(TemplateCheck, SectionsNestedTooDeepAreRefusedBeforeMustacheParsesThem) {
    auto pack = testing::test_pack();
    std::string nested;
    for (int i = 0; i < 100000; ++i) nested += "{{#has_sender}}";
    for (int i = 0; i < 100000; ++i) nested += "{{/has_sender}}";
    pack.recipients[1].salutation.text["en"] = nested;
    pack.templates["governor"]["en"] =
        "{{#has_grounds}}{{#has_sender}}{{#state}}{{#recipient}}{{#sender}}"
        "{{#has_conditions}}{{#county}}{{#date}}{{#has_grounds}}x";
    const auto problems = check_templates(pack);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].file, "test-pack/templates/governor.en.mustache");
    EXPECT_EQ(problems[0].column, 106);  // the ninth section, after 105 characters of eight
    EXPECT_EQ(problems[0].message, "sections are nested more than 8 deep; a letter never needs that many");
    EXPECT_NE(problems[1].message.find("nested more than 8 deep"), std::string::npos) << problems[1].message;
}

TEST(TemplateCheck, SectionClosedByAnotherNameIsRefusedAtTheCloser) {
    auto pack = testing::test_pack();
    pack.templates["governor"]["en"] = "{{^has_sender}}Hello{{/has_grounds}}";
    const auto problems = check_templates(pack);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].column, 21);
    EXPECT_EQ(problems[0].message,
              "{{/has_grounds}} does not close the open section {{^has_sender}}; close that one first");
}

// Nested lists once made a letter with a few grounds take minutes: 6 x 6 x 6 x ... repeats.
TEST(TemplateCheck, ListInsideAListIsRefusedAtTheInnerList) {
    auto pack = testing::test_pack();
    pack.templates["governor"]["en"] =
        "{{#grounds}}{{phrase}}{{#has_sender}}\n {{#conditions}}{{/conditions}}"
        "{{/has_sender}}{{/grounds}}";
    const auto problems = check_templates(pack);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].to_string(),
              "test-pack/templates/governor.en.mustache:2:2: {{#conditions}} is inside the list {{#grounds}}, and a "
              "list inside a list repeats for every pair; close {{/grounds}} first");
}

TEST(TemplateCheck, ListInsideAnInvertedListOrAfterAListIsFine) {
    auto pack = testing::test_pack();
    pack.templates["governor"]["en"] =
        "Hello. {{^grounds}}{{#conditions}}{{phrase}}{{/conditions}}{{/grounds}}"
        "{{#grounds}}{{label}}{{/grounds}}{{#conditions}}{{label}}{{/conditions}}";
    const auto problems = check_templates(pack);
    EXPECT_TRUE(problems.empty()) << problems.front().to_string();
}

// A salutation of nothing once passed the check and crashed the layout.
TEST(TemplateCheck, SalutationThatPrintsNothingWithoutANameIsRefused) {
    auto pack = testing::test_pack();
    pack.recipients[1].salutation.text["en"] =
        "{{#recipient.surname}}Dear Governor {{recipient.surname}}:{{/recipient.surname}}";
    const auto problems = check_templates(pack);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].file, "test-pack/recipients.yaml");
    EXPECT_EQ(problems[0].message,
              "the salutation prints nothing for a letter to an office with no contact in the pack, with no reason "
              "chosen, from a visitor who gave no name");
}

TEST(TemplateCheck, ContactsOwnSalutationIsRenderedWithoutTheNameToo) {
    auto pack = testing::test_pack();
    pack.recipients[1].contacts[1].salutation["es"] = "{{recipient.name}}";
    const auto problems = check_templates(pack);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].message,
              "the salutation prints nothing for a letter to Governor of Arkansas with no name known, with no reason "
              "chosen, from a visitor who gave no name");
}

TEST(TemplateCheck, OfficeLineDatePageNumberAndBodyThatPrintNothingAreRefused) {
    auto pack = testing::test_pack();
    pack.recipients[2].office.text["es"] = "{{^county}}Alguacil{{/county}}";
    pack.language_rules["en"].date_pattern = "{{#year}}{{/year}} ";
    pack.strings["es"]["letter.page"] = "{{^page}}{{page}}{{/page}}";
    pack.templates["sheriff"]["en"] = "{{#has_grounds}}Release people who are {{grounds_phrase}}.{{/has_grounds}}";
    const auto problems = check_templates(pack);
    ASSERT_EQ(problems.size(), 4u) << problems.front().to_string();
    EXPECT_EQ(problems[0].to_string(),
              "test-pack/strings/en.yaml: the date pattern prints nothing; it needs {{day}}, {{month}} or {{year}} "
              "outside any section");
    EXPECT_EQ(problems[1].to_string(),
              "test-pack/strings/es.yaml: 'letter.page' prints nothing; it needs {{page}} outside any section");
    EXPECT_EQ(
        problems[2].to_string(),
        "test-pack/templates/sheriff.en.mustache:1:1: the letter body prints nothing for a letter to an office with "
        "no contact in the pack, with no reason chosen, from a visitor who gave no name");
    EXPECT_EQ(problems[3].to_string(),
              "test-pack/recipients.yaml: the office line prints nothing for a letter to an office with no contact in "
              "the pack, with no reason chosen, from a visitor who gave no name");
}

TEST(TemplateCheck, DatePatternAndPageNumberMayUseOnlyTheirOwnNames) {
    auto pack = testing::test_pack();
    pack.language_rules["es"].date_pattern = "{{day}} de {{mes}} de {{year}}";
    pack.strings["en"]["letter.page"] = "Page {{page}} of {{state.name}}";
    const auto problems = check_templates(pack);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].to_string(),
              "test-pack/strings/es.yaml: \"mes\" is not a value the letter provides (see content/README.md)");
    EXPECT_EQ(problems[1].to_string(),
              "test-pack/strings/en.yaml: \"state.name\" is not a value the letter provides (see content/README.md)");
}

TEST(TemplateCheck, PartialsAndDelimiterChangesAreRefused) {
    auto pack = testing::test_pack();
    pack.templates["governor"]["en"] = "Hello {{> footer}}";
    pack.templates["governor"]["es"] = "Hola {{=<% %>=}} <%#a%>";
    const auto problems = check_templates(pack);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].to_string(),
              "test-pack/templates/governor.en.mustache:1:7: partials ({{> name}}) are not supported in letters");
    EXPECT_EQ(problems[1].column, 6);
    EXPECT_NE(problems[1].message.find("changing the tag delimiters"), std::string::npos) << problems[1].message;
}

TEST(TemplateCheck, ThousandsOfUnknownNamesAreCutToAReadableList) {
    auto pack = testing::test_pack();
    std::string junk;
    for (int i = 0; i < 50000; ++i) junk += "{{x}}\n";
    pack.templates["governor"]["en"] = junk;
    const auto problems = check_templates(pack);
    ASSERT_EQ(problems.size(), 101u);
    EXPECT_EQ(problems[100].line, 101);
    EXPECT_EQ(problems[100].message, "more unknown names in this text were left out");
}

}  // namespace
}  // namespace kiosk::letter

namespace kiosk::letter {
namespace {

// The shipped campaign must pass its own check: every name its templates use is
// one the letter provides.
TEST(TemplateCheck, DefaultPackIsClean) {
    const auto pack = content::load_pack(DEFAULT_CONTENT_DIR);
    ASSERT_TRUE(pack) << pack.error().front().to_string();
    for (const auto& problem : check_templates(*pack)) ADD_FAILURE() << problem.to_string();
}

}  // namespace
}  // namespace kiosk::letter
