// The contacts staff must look at before an event, as a list the staff screen can show.
#include <gtest/gtest.h>

#include "content/contact_warnings.h"
#include "content/pack_loader.h"
#include "content/term_dates.h"
#include "pack_copy.h"

namespace kiosk::content {
namespace {

using testing::PackCopy;

Contact with_term(const std::string& term_ends) {
    Contact contact;
    contact.term_ends = term_ends;
    return contact;
}

TEST(TermDates, AMonthEndsOnItsFirstDay) {
    EXPECT_FALSE(term_has_ended(with_term("2027-01"), "2026-12-31"));
    EXPECT_TRUE(term_has_ended(with_term("2027-01"), "2027-01-01"));
    EXPECT_TRUE(term_has_ended(with_term("2027-01"), "2028-06-15"));
}

TEST(TermDates, ADayEndsThatDay) {
    EXPECT_FALSE(term_has_ended(with_term("2029-01-20"), "2029-01-19"));
    EXPECT_TRUE(term_has_ended(with_term("2029-01-20"), "2029-01-20"));
}

TEST(TermDates, NoTermNeverEnds) { EXPECT_FALSE(term_has_ended(with_term(""), "2099-12-31")); }

TEST(ContactWarnings, EachNamesTheContactsFileAndLine) {
    PackCopy copy;
    const auto pack = load_pack(copy.root());
    ASSERT_TRUE(pack);
    const std::string recipients = copy.path_of("recipients.yaml");

    auto warnings = contact_warnings(*pack, "2026-11-25");
    ASSERT_EQ(warnings.size(), 1u);  // Kansas's address is not verified
    EXPECT_EQ(warnings[0].file, recipients);
    EXPECT_EQ(warnings[0].line, copy.find("recipients.yaml", "state: KS").line);
    EXPECT_EQ(warnings[0].message,
              "warning: Governor of Kansas (governor, KS): address not verified (no verified_on); check it before "
              "the event");

    warnings = contact_warnings(*pack, "2029-01-20");  // every term in the pack has ended
    ASSERT_EQ(warnings.size(), 6u);
    EXPECT_EQ(warnings[0].line, copy.find("recipients.yaml", "- office: President of the United States").line);
    EXPECT_NE(warnings[0].message.find("Donald J. Trump's term ended 2029-01-20"), std::string::npos);
    for (std::size_t i = 1; i < warnings.size(); ++i) {
        EXPECT_LE(warnings[i - 1].line, warnings[i].line) << "in file order";
    }
}

// The staff screen shows a few, then says how many more and where to read them.
TEST(ContactWarnings, AScreenGetsTheFirstFewAndHowManyMore) {
    PackCopy copy;
    const auto pack = load_pack(copy.root());
    ASSERT_TRUE(pack);
    const auto all = contact_warnings(*pack, "2029-01-20");
    const auto lines = contact_warning_lines(*pack, "2029-01-20", 4);
    ASSERT_EQ(lines.size(), 5u);
    for (std::size_t i = 0; i < 4; ++i) EXPECT_EQ(lines[i], all[i].to_string());
    EXPECT_EQ(lines[4], "... and 2 more contacts: letter-kiosk check-content lists them all");
    EXPECT_EQ(contact_warning_lines(*pack, "2029-01-20", 6).size(), 6u);
}

}  // namespace
}  // namespace kiosk::content
