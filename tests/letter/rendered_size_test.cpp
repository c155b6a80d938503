#include "letter/rendered_size.h"

#include <gtest/gtest.h>

#include "letter/letter_composer.h"
#include "letter/plain_template.h"
#include "letter/template_values.h"
#include "test_pack.h"

namespace kiosk::letter {
namespace {

std::size_t bound_of(const content::Pack& pack, const std::string& text) {
    const auto tags = scan_tags(text);
    EXPECT_TRUE(tags) << tags.error().message;
    return tags ? RenderedSizeBound(pack).of(text, *tags) : 0;
}

// What `text` renders to for the test pack's longest letter: every reason, a visitor
// who typed the longest name and town the command line allows.
std::string rendered(const content::Pack& pack, const std::string& text) {
    LetterRequest request = testing::typical_request();
    request.reason_ids = {"elderly", "pretrial", "heart-disease", "lung-disease", "hypertension"};
    request.sender.name = request.sender.town = std::string(200, 'n');
    std::vector<const content::Reason*> reasons;
    for (const auto& id : request.reason_ids) reasons.push_back(pack.find_reason(id));
    const content::Recipient& governor = *pack.find_recipient("governor");
    const auto values = template_values(
        {pack, governor, &governor.contacts[0], *pack.find_state("MO"), reasons, request, std::string{"en"}});
    return render_plain(text, values);
}

TEST(RenderedSizeBound, IsNeverLessThanWhatATextRendersTo) {
    const auto pack = testing::test_pack();
    for (const std::string text :
         {"Plain words only.", "{{recipient.office}} of {{state.name}}",
          "{{#recipient}}{{name}}, {{office}}{{/recipient}}",
          "{{#grounds}}{{phrase}} ({{.}}); {{/grounds}}{{^conditions}}none{{/conditions}}",
          "{{reasons_phrase}}\n\n{{#sender.city}}{{.}} {{sender.city}}{{/sender.city}} {{{sender.name}}} {{&date}}",
          "{{! a comment of some length }}{{#has_grounds}}{{grounds_phrase}}{{/has_grounds}}"}) {
        EXPECT_GE(bound_of(pack, text), rendered(pack, text).size()) << text;
    }
}

// A fact is a text of its own with {{state.name}} and {{county}} in it; a county's may be longer.
TEST(RenderedSizeBound, CountsAFactAtItsLongestRendering) {
    auto pack = testing::test_pack();
    const std::string fact = "In {{state.name}}, {{state.name}} and {{state.name}} again.";
    for (auto& state : pack.states) state.facts["place"] = {{{"en", fact}, {"es", fact}}};
    const std::string text = "{{facts.place}} {{#facts.place}}{{facts.place}}{{/facts.place}}";
    EXPECT_GE(bound_of(pack, text), rendered(pack, text).size());
    EXPECT_GE(bound_of(pack, text), 2 * (fact.size() - 3 * 14 + 3 * std::string("Missouri").size()));
    const std::string county_fact(900, 'c');
    pack.states[1].county_facts["Pulaski County"]["place"] = content::Translated{{{"en", county_fact}, {"es", "c"}}};
    EXPECT_GE(bound_of(pack, text), 2 * county_fact.size());
}

TEST(RenderedSizeBound, CountsAListSectionOncePerItem) {
    const auto pack = testing::test_pack();
    // Two grounds in the test pack: the section's 8 bytes of text twice.
    EXPECT_EQ(bound_of(pack, "{{#grounds}}12345678{{/grounds}}"), 16u);
    EXPECT_EQ(bound_of(pack, "{{^grounds}}12345678{{/grounds}}"), 8u);
}

TEST(RenderedSizeBound, AVisitorsNameCanBeAsLongAsTheCommandLineAllows) {
    // 200 characters of at most 4 bytes each.
    EXPECT_EQ(bound_of(testing::test_pack(), "{{sender.name}}"), 800u);
}

}  // namespace
}  // namespace kiosk::letter
