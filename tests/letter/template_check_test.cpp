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
              "(see content/README.md)");
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

TEST(TemplateCheck, ReportsAnUnclosedSectionAtItsTag) {
    auto pack = testing::test_pack();
    pack.templates["sheriff"]["es"] = "Hola.\n  {{#has_sender}}Soy {{sender.name}}.\n";
    const auto problems = check_templates(pack);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].file, "test-pack/templates/sheriff.es.mustache");
    EXPECT_EQ(problems[0].line, 2);
    EXPECT_EQ(problems[0].column, 3);
    EXPECT_NE(problems[0].message.find("Unclosed section"), std::string::npos) << problems[0].message;
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
    EXPECT_NE(problems[1].message.find("Unclosed section"), std::string::npos);
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
