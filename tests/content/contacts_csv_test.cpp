// contacts/<recipient>.csv as staff save it from a spreadsheet, broken the ways a
// spreadsheet or a hand edit breaks it, and at hostile sizes: every problem placed at
// its line and column and naming the column, every hostile file ended quickly.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "content/pack_loader.h"
#include "load_cost.h"
#include "pack_copy.h"

namespace kiosk::content {
namespace {

using testing::cost_of_loading;
using testing::describe;
using testing::has_problem;
using testing::LoadCost;
using testing::PackCopy;
using testing::Place;
using testing::problems_of;
using testing::promised_kilobytes;
using testing::within_promised_time;

const std::string header = "state,county,office,name,surname,address_1,address_2,address_3,source,verified_on,term_ends\n";
const std::string boone = "MO,Boone County,Boone County Sheriff's Office,Jane Doe,Doe,2121 County Drive,,\"Columbia, MO 65202\","
                          "county website,2026-11-20,2028-12\n";

class ContactsCsv : public ::testing::Test {
protected:
    std::vector<Problem> problems_with(const std::string& csv, const std::string& recipient = "sheriff") const {
        pack.write("contacts/" + recipient + ".csv", csv);
        return problems_of(pack.root());
    }
    std::string file(const std::string& recipient = "sheriff") const {
        return pack.path_of("contacts/" + recipient + ".csv");
    }
    const Contact* contact_of(const Pack& loaded, const std::string& recipient, const std::string& county) const {
        for (const Contact& contact : loaded.find_recipient(recipient)->contacts) {
            if (contact.county == county) return &contact;
        }
        return nullptr;
    }

    PackCopy pack;
};

TEST_F(ContactsCsv, ExcelFileWithByteOrderMarkWindowsLinesAndQuotesLoads) {
    pack.write("contacts/sheriff.csv",
               "\xEF\xBB\xBF" "State,County,Office,Name,Surname,Address_1,Address_2,Address_3,Source,Verified_on,Term_ends\r\n"
               "MO,Boone County,Boone County Sheriff's Office,Jane Doe,Doe,2121 County Drive,,\"Columbia, MO 65202\","
               "\"county website, \"\"Contact us\"\" page\",2026-11-20,2028-12\r\n"
               "\r\n"
               "KS,\"Doniphan County\",Doniphan County Sheriff,,,,,,,,\r\n");
    const auto loaded = load_pack(pack.root());
    ASSERT_TRUE(loaded) << describe(loaded.error());
    const Contact* contact = contact_of(*loaded, "sheriff", "Boone County");
    ASSERT_NE(contact, nullptr);
    EXPECT_EQ(contact->state, "MO");
    EXPECT_EQ(contact->office, "Boone County Sheriff's Office");
    EXPECT_EQ(contact->name, "Jane Doe");
    EXPECT_EQ(contact->surname, "Doe");
    EXPECT_EQ(contact->address, (std::vector<std::string>{"2121 County Drive", "Columbia, MO 65202"}));
    EXPECT_EQ(contact->source, "county website, \"Contact us\" page");
    EXPECT_EQ(contact->verified_on, "2026-11-20");
    EXPECT_EQ(contact->term_ends, "2028-12");
    const Contact* unnamed = contact_of(*loaded, "sheriff", "Doniphan County");
    ASSERT_NE(unnamed, nullptr);
    EXPECT_EQ(unnamed->name, "");
    EXPECT_TRUE(unnamed->address.empty());
    EXPECT_EQ(unnamed->verified_on, "");
}

TEST_F(ContactsCsv, ColumnsInAnyOrderAndOptionalOnesLeftOut) {
    pack.write("contacts/prosecutor.csv", "office,county,state\nBoone County Prosecuting Attorney,Boone County,MO\n");
    const auto loaded = load_pack(pack.root());
    ASSERT_TRUE(loaded) << describe(loaded.error());
    const Contact* contact = contact_of(*loaded, "prosecutor", "Boone County");
    ASSERT_NE(contact, nullptr);
    EXPECT_EQ(contact->office, "Boone County Prosecuting Attorney");
    EXPECT_EQ(contact->state, "MO");
}

TEST_F(ContactsCsv, ContactsOfRecipientsYamlAndOfTheFileAreBothUsed) {
    pack.replace("recipients.yaml", "    contacts: []\n\n  - id: local-official",
                 "    contacts:\n      - {state: MO, county: Adair County, office: Adair County Sheriff}\n\n"
                 "  - id: local-official");
    pack.write("contacts/sheriff.csv", header + boone);
    const auto loaded = load_pack(pack.root());
    ASSERT_TRUE(loaded) << describe(loaded.error());
    ASSERT_NE(contact_of(*loaded, "sheriff", "Adair County"), nullptr);
    ASSERT_NE(contact_of(*loaded, "sheriff", "Boone County"), nullptr);
    EXPECT_EQ(loaded->find_recipient("sheriff")->contacts.size(), 2u);
}

TEST_F(ContactsCsv, PlaceWithAContactInRecipientsYamlTooIsRefused) {
    const Place yaml = pack.find("recipients.yaml", "- state: NE");
    EXPECT_TRUE(has_problem(problems_with(header + "NE,,Governor of Nebraska,,,,,,,,\n", "governor"), file("governor"),
                            {2, 1},
                            "recipients.yaml has a contact for NE too (line " + std::to_string(yaml.line) +
                                "); keep each place's contact in one of the two"));
}

TEST_F(ContactsCsv, MissingRequiredColumnIsNamed) {
    const auto found = problems_with("state,county,name,surname\nMO,Boone County,Jane Doe,Doe\n");
    ASSERT_EQ(found.size(), 1u) << describe(found);
    EXPECT_TRUE(has_problem(found, file(), {1, 1}, "column 'office' is missing; the first line names the columns "
                                                   "state,county,office,name,surname,address_1,address_2,address_3,"
                                                   "source,verified_on,term_ends (state, county and office are "
                                                   "required; the others may be left out)"));
}

TEST_F(ContactsCsv, UnknownColumnSuggestsTheClosest) {
    EXPECT_TRUE(has_problem(problems_with("state,county,office,adress_1,phone\n"), file(), {1, 21},
                            "unknown column 'adress_1' (did you mean 'address_1'?); the columns are state,county,"));
    EXPECT_TRUE(has_problem(problems_with("state,county,office,adress_1,phone\n"), file(), {1, 30},
                            "unknown column 'phone'; the columns are"));
}

TEST_F(ContactsCsv, ColumnNamedTwice) {
    EXPECT_TRUE(has_problem(problems_with("state,county,office,name,Name\n"), file(), {1, 26},
                            "column 'name' is named twice (columns D and E)"));
}

TEST_F(ContactsCsv, MissingHeaderSaysToAddIt) {
    EXPECT_TRUE(has_problem(problems_with(boone), file(), {1, 1},
                            "the first line should be the column names state,county,office,"));
}

TEST_F(ContactsCsv, DateAsASpreadsheetFormatsItIsPlacedAtItsCell) {
    const std::string row = "MO,Boone County,Sheriff,Jane Doe,Doe,,,,,11/20/2026,\n";
    EXPECT_TRUE(has_problem(problems_with(header + row), file(), {2, 42},
                            "'verified_on' (column J) should be a date like 2026-11-24, not '11/20/2026'; in a "
                            "spreadsheet, format the column as text"));
}

TEST_F(ContactsCsv, ImpossibleDayAndBadTermEnd) {
    const auto found = problems_with(header + "MO,Boone County,Sheriff,,,,,,,2026-02-30,Jan 2029\n");
    EXPECT_TRUE(has_problem(found, file(), {2, 31}, "'verified_on' (column J) should be a date like 2026-11-24, not "
                                                    "'2026-02-30'"));
    EXPECT_TRUE(has_problem(found, file(), {2, 42}, "'term_ends' (column K) should be a month like 2027-01 or a "
                                                    "date like 2029-01-20, not 'Jan 2029'"));
}

TEST_F(ContactsCsv, UnknownCountyAndStateSuggestTheClosest) {
    const auto found = problems_with(header + "MO,Boone Cuonty,Sheriff,,,,,,,,\nMX,Boone County,Sheriff,,,,,,,,\n");
    EXPECT_TRUE(has_problem(found, file(), {2, 4},
                            "'Boone Cuonty' (column B) is not a county of MO in states.yaml (did you mean 'Boone County'?)"));
    EXPECT_TRUE(has_problem(found, file(), {3, 1}, "state 'MX' (column A) is not in states.yaml (did you mean 'MO'?)"));
}

TEST_F(ContactsCsv, PlaceTheRecipientsLevelDoesNotTake) {
    EXPECT_TRUE(has_problem(problems_with(header + "MO,,Sheriff,,,,,,,,\n"), file(), {2, 4}, "'county' (column B) is missing"));
    EXPECT_TRUE(has_problem(problems_with(header + "MO,Boone County,Governor,,,,,,,,\n", "governor"), file("governor"),
                            {2, 4}, "'county' is only for county-level recipients; leave it empty"));
    EXPECT_TRUE(has_problem(problems_with(header + ",,Sheriff,,,,,,,,\n"), file(), {2, 1}, "'state' (column A) is missing"));
}

TEST_F(ContactsCsv, QuotedLineBreakInAnAddressSaysWhereEachLineGoes) {
    // LibreOffice writes a cell typed with Ctrl+Enter this way; the row after it is read as usual.
    const auto found = problems_with(header + "MO,Boone County,Sheriff,,,\"2121 County Drive\nColumbia, MO 65202\",,,,,\n" +
                                     "MO,Boone Cuonty,Sheriff,,,,,,,,\n");
    ASSERT_EQ(found.size(), 2u) << describe(found);
    EXPECT_TRUE(has_problem(found, file(), {2, 27},
                            "'address_1' (column F) holds a line break; put each line of the address in its own "
                            "column: address_1, address_2, address_3"));
    EXPECT_TRUE(has_problem(found, file(), {4, 4}, "'Boone Cuonty' (column B) is not a county of MO"));
}

TEST_F(ContactsCsv, QuoteLeftOpenIsPlacedWhereTheValueStarts) {
    const auto found = problems_with(header + "MO,Boone County,\"Sheriff,,,,,,,,\nMO,Adair County,Sheriff,,,,,,,,\n");
    ASSERT_EQ(found.size(), 1u) << describe(found);
    EXPECT_TRUE(has_problem(found, file(), {2, 17}, "a quote opened in this value is not closed by the end of the file"));
}

TEST_F(ContactsCsv, NameNeedsASurname) {
    EXPECT_TRUE(has_problem(problems_with(header + "MO,Boone County,Sheriff,Jane Doe,,,,,,,\n"), file(), {2, 25},
                            "'surname' (column E) is needed when 'name' is given"));
}

TEST_F(ContactsCsv, SecondRowForAPlaceNamesTheFirst) {
    EXPECT_TRUE(has_problem(problems_with(header + boone + "MO,Adair County,Sheriff,,,,,,,,\n" + boone), file(), {4, 1},
                            "a second contact for Boone County, MO (first on line 2); keep one per place"));
}

TEST_F(ContactsCsv, RowWithAnUnquotedComma) {
    EXPECT_TRUE(has_problem(problems_with(header + "MO,Boone County,Sheriff,,,2121 County Drive,,Columbia, MO 65202,,,\n"),
                            file(), {2, 67},
                            "this row has 12 values, but the first line names 11 columns (a value with a comma in "
                            "it goes in double quotes)"));
}

TEST_F(ContactsCsv, TextLongerThanALineCanHold) {
    EXPECT_TRUE(has_problem(problems_with(header + "MO,Boone County," + std::string(201, 'x') + ",,,,,,,,\n"), file(),
                            {2, 17}, "'office' (column C) is too long: 201 characters, where at most 200 fit"));
}

TEST_F(ContactsCsv, FileNamedAfterNoRecipient) {
    EXPECT_TRUE(has_problem(problems_with(header, "sherif"), file("sherif"), {0, 0},
                            "'sherif' is not a recipient in recipients.yaml; name each contacts file after a "
                            "recipient's id, like sheriff.csv"));
}

TEST_F(ContactsCsv, EmptyFileAndControlCharacters) {
    EXPECT_TRUE(has_problem(problems_with("\xEF\xBB\xBF\r\n"), file(), {0, 0}, "the file is empty; it needs the line state,"));
    EXPECT_TRUE(has_problem(problems_with(header + "MO,Boone County,Sher\x1B[2Jiff,,,,,,,,\n"), file(), {2, 21},
                            "contains control character U+001B"));
}

TEST_F(ContactsCsv, HundredMegabyteFileIsRefusedUnread) {
    pack.write("contacts/sheriff.csv", header);
    std::filesystem::resize_file(pack.root() / "contacts/sheriff.csv", 100u * 1024 * 1024);
    const LoadCost cost = cost_of_loading(pack.root());
    EXPECT_EQ(cost.problems, 1u) << cost.first_problem;
    EXPECT_EQ(cost.first_problem, file() + ": file too large (100.0 MB; the limit is 4.0 MB)");
    EXPECT_TRUE(within_promised_time(cost));
    EXPECT_LT(cost.peak_growth_kb, promised_kilobytes);
}

TEST_F(ContactsCsv, TenMillionRowsAreRefusedBySize) {
    std::string rows = header;
    rows.reserve(40'000'000);
    for (int i = 0; i < 10'000'000; ++i) rows += "MO,\n";
    pack.write("contacts/sheriff.csv", rows);
    const LoadCost cost = cost_of_loading(pack.root());
    EXPECT_EQ(cost.problems, 1u) << cost.first_problem;
    EXPECT_NE(cost.first_problem.find("file too large (38.1 MB; the limit is 4.0 MB)"), std::string::npos)
        << cost.first_problem;
    EXPECT_TRUE(within_promised_time(cost));
    EXPECT_LT(cost.peak_growth_kb, promised_kilobytes);
}

// More rows than the limit, each for a place of its own (states.yaml with 10,500
// counties): the rows past the limit end the file with one message.
TEST_F(ContactsCsv, RowsPastTheLimitEndTheFileWithOneMessage) {
    std::string states = pack.read("states.yaml");
    std::string rows = header;
    constexpr int extra_states = 21, counties_per_state = 500;
    for (int s = 0; s < extra_states; ++s) {
        const std::string id{char('Q' + s / 26), char('A' + s % 26)};  // QA..QU: not real ones
        states += "  - id: " + id + "\n    name: {en: State " + id + ", es: Estado " + id + "}\n    counties:\n";
        for (int c = 0; c < counties_per_state; ++c) {
            const std::string county = "County number " + std::to_string(c);
            states += "      - \"" + county + "\"\n";
            rows += id + "," + county + ",Sheriff of " + county + ",,,,,,,,\n";
        }
    }
    pack.write("states.yaml", states);
    pack.write("contacts/sheriff.csv", rows);
    const auto found = problems_of(pack.root());
    ASSERT_EQ(found.size(), 1u) << describe(found);
    EXPECT_TRUE(has_problem(found, file(), {10'002, 0}, "more than 10000 rows; a contact for every US county is about 3,200"));
    const LoadCost cost = cost_of_loading(pack.root());
    EXPECT_TRUE(within_promised_time(cost));
    EXPECT_LT(cost.peak_growth_kb, promised_kilobytes);
}

TEST_F(ContactsCsv, LongestRowsTheLimitsAllowAreCheckedQuickly) {
    // Rows of 4,000 bytes of accented text (each value at its limit): parsing, UTF-8
    // counting and the place checks at their most costly, a thousand times.
    const std::string long_text(199, 'x');
    std::string row = "MO,Boone Cuonty," + long_text + "é," + std::string(1000, 'y');
    row += ",,,,,,,\n";
    std::string rows = header;
    while (rows.size() + row.size() < 4'000'000) rows += row;
    pack.write("contacts/sheriff.csv", rows);
    const LoadCost cost = cost_of_loading(pack.root());
    EXPECT_GT(cost.problems, 100u) << cost.first_problem;
    EXPECT_TRUE(within_promised_time(cost));
    EXPECT_LT(cost.peak_growth_kb, promised_kilobytes);
}

TEST_F(ContactsCsv, ThousandsOfValuesOnALineAreCheckedQuickly) {
    // A line of commas up to the line limit is thousands of values; their columns are
    // counted in one pass, not one pass each.
    std::string rows = header;
    const std::string line = std::string(4000, ',') + "\n";
    while (rows.size() + line.size() < 4'000'000) rows += line;
    pack.write("contacts/sheriff.csv", rows);
    const LoadCost cost = cost_of_loading(pack.root());
    EXPECT_GT(cost.problems, 100u) << cost.first_problem;
    EXPECT_TRUE(within_promised_time(cost));
    EXPECT_LT(cost.peak_growth_kb, promised_kilobytes);
}

}  // namespace
}  // namespace kiosk::content
