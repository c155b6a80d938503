// A name a visitor picks from must show what it is: each test adds, to a copy of the
// default pack, a name spelt to look like one already there (an invisible character, a
// bidi override, a no-break space, a Cyrillic letter, a soft hyphen) and checks that the
// pack is refused at that line with a message naming both names and the character.
#include "content/look_alike_names.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "content/pack_loader.h"
#include "national_pack.h"
#include "pack_copy.h"

namespace kiosk::content {
namespace {

using testing::describe;
using testing::PackCopy;
using testing::Place;
using testing::problems_of;

// The one problem found, as check-content prints it (without the file), or all of them.
std::string the_problem(const PackCopy& pack, const std::string& file) {
    const auto found = problems_of(pack.root());
    if (found.size() != 1 || found[0].file != pack.path_of(file)) return describe(found);
    return found[0].to_string().substr(pack.path_of(file).size() + 1);
}

// Adds `line` to states.yaml below the first line holding `anchor`, and returns where
// the text of the new line starts (after its indentation and "- ").
Place add_county_after(PackCopy& pack, const std::string& anchor, const std::string& county) {
    const std::string line = "      - \"" + anchor + "\"\n";
    const Place at = pack.replace("states.yaml", line, line + "      - \"" + county + "\"\n");
    return {at.line + 1, 9};
}

std::string place(Place at) { return std::to_string(at.line) + ":" + std::to_string(at.column) + ": "; }

TEST(LookAlikeNames, RefusesACountyWithAZeroWidthSpaceBesideTheRealOne) {
    PackCopy pack;
    const Place real = pack.find("states.yaml", "      - \"Boone County\"");
    const Place added = add_county_after(pack, "Boone County", "Boone County\u200B");
    EXPECT_EQ(the_problem(pack, "states.yaml"),
              place(added) + "county 'Boone County\u200B' looks like 'Boone County' (line " +
                  std::to_string(real.line) +
                  "), which it must not: a visitor could not tell them apart; this one holds an invisible character "
                  "(U+200B ZERO WIDTH SPACE) at character 13");
}

TEST(LookAlikeNames, RefusesACountyWithANoBreakSpaceBesideTheRealOne) {
    PackCopy pack;
    const Place real = pack.find("states.yaml", "      - \"Boone County\"");
    const Place added = add_county_after(pack, "Boone County", "Boone\u00A0County");
    EXPECT_EQ(the_problem(pack, "states.yaml"),
              place(added) + "county 'Boone\u00A0County' looks like 'Boone County' (line " + std::to_string(real.line) +
                  "), which it must not: a visitor could not tell them apart; this one holds a space other than a "
                  "plain one (U+00A0 NO-BREAK SPACE) at character 6");
}

TEST(LookAlikeNames, RefusesACountyWithASoftHyphenBesideTheRealOne) {
    PackCopy pack;
    const Place added = add_county_after(pack, "Boone County", "Boo\\u00ADne County");  // a YAML escape
    EXPECT_NE(the_problem(pack, "states.yaml")
                  .find(place(added) + "county 'Boo\u00ADne County' looks like 'Boone County' (line "),
              std::string::npos)
        << the_problem(pack, "states.yaml");
    EXPECT_NE(the_problem(pack, "states.yaml").find("invisible character (U+00AD SOFT HYPHEN) at character 4"),
              std::string::npos);
}

TEST(LookAlikeNames, RefusesACountyWrittenBackwardsBehindARightToLeftOverride) {
    PackCopy pack;
    // Shown as "Boone County": the override turns the letters after it around.
    const Place added = add_county_after(pack, "Boone County", "\u202EytnuoC enooB");
    const std::string problem = the_problem(pack, "states.yaml");
    EXPECT_NE(problem.find(place(added) + "county '\\u202EytnuoC enooB' looks like 'Boone County' (line "),
              std::string::npos)
        << problem;
    EXPECT_NE(problem.find("this one holds a bidi control character (U+202E RIGHT-TO-LEFT OVERRIDE) at character 1, "
                           "which changes the order its letters are shown in"),
              std::string::npos)
        << problem;
}

TEST(LookAlikeNames, RefusesACountyWithCyrillicLettersThatLookLatin) {
    PackCopy pack;
    const Place real = pack.find("states.yaml", "      - \"Boone County\"");
    const Place added = add_county_after(pack, "Boone County", "B\u043E\u043Ene County");
    EXPECT_EQ(the_problem(pack, "states.yaml"),
              place(added) + "county 'B\u043E\u043Ene County' looks like 'Boone County' (line " +
                  std::to_string(real.line) +
                  "), which it must not: a visitor could not tell them apart; this one has '\u043E' (U+043E CYRILLIC "
                  "SMALL LETTER O) at character 2 where the other has 'o' (U+006F LATIN SMALL LETTER O)");
}

// The later name is refused, whichever of the two is the real one.
TEST(LookAlikeNames, NamesTheHiddenCharacterOfTheEarlierNameToo) {
    PackCopy pack;
    const Place hidden = pack.replace("states.yaml", "      - \"Boone County\"", "      - \"Boone County\u2060\"");
    const Place real = add_county_after(pack, "Boone County\u2060", "Boone County");
    const auto found = problems_of(pack.root());
    EXPECT_TRUE(testing::has_problem(found, pack.path_of("states.yaml"), {hidden.line, 9},
                                     "county 'Boone County\u2060' holds an invisible character (U+2060 WORD JOINER) "
                                     "at character 13; a name a visitor reads may hold only characters that show"));
    EXPECT_TRUE(testing::has_problem(
        found, pack.path_of("states.yaml"), real,
        "county 'Boone County' looks like 'Boone County\u2060' (line " + std::to_string(hidden.line) +
            "), which it must not: a visitor could not "
            "tell them apart; the one on line " +
            std::to_string(hidden.line) + " holds an invisible character (U+2060 WORD JOINER)"));
}

// A visitor reads "Boone County" and "BOONE COUNTY" as one county; no real list needs both.
TEST(LookAlikeNames, RefusesACountyThatDiffersOnlyInCapitals) {
    PackCopy pack;
    const Place added = add_county_after(pack, "Boone County", "BOONE COUNTY");
    const std::string problem = the_problem(pack, "states.yaml");
    EXPECT_NE(problem.find(place(added) + "county 'BOONE COUNTY' looks like 'Boone County' (line "), std::string::npos)
        << problem;
    EXPECT_NE(problem.find("they differ only in capitals"), std::string::npos) << problem;
}

TEST(LookAlikeNames, RefusesSpacesAtTheEndsOrDoubledInACounty) {
    for (const auto& [county, why] : std::vector<std::pair<std::string, std::string>>{
             {" Lone County", "starts with a space"},
             {"Lone County ", "ends with a space"},
             {"Lone  County", "holds two spaces in a row at character 5"},
             {"Lone\\tCounty", "holds a control character (U+0009) at character 5"}}) {
        PackCopy pack;
        const Place added = add_county_after(pack, "Boone County", county);
        const std::string problem = the_problem(pack, "states.yaml");
        EXPECT_NE(problem.find(place(added) + "county '"), std::string::npos) << county << "\n" << problem;
        EXPECT_NE(problem.find("' " + why + "; a name a visitor reads may hold only characters that show"),
                  std::string::npos)
            << county << "\n"
            << problem;
    }
}

TEST(LookAlikeNames, RefusesAStateNameWithAZeroWidthSpaceInOneLanguage) {
    PackCopy pack;
    const Place real = pack.find("states.yaml", "    name: {en: Missouri, es: Misuri}");
    const Place kansas = pack.replace("states.yaml", "    name: {en: Kansas, es: Kansas}",
                                      "    name: {en: Kansas, es: \"Mi\u200Bsuri\"}");
    const std::string problem = the_problem(pack, "states.yaml");
    EXPECT_EQ(problem, std::to_string(kansas.line) + ":28: state name 'Mi\u200Bsuri' (es) looks like 'Misuri' (line " +
                           std::to_string(real.line) +
                           "), which it must not: a visitor could not tell them apart; this one holds an invisible "
                           "character (U+200B ZERO WIDTH SPACE) at character 3");
}

TEST(LookAlikeNames, RefusesAStateNameBehindABidiOverride) {
    PackCopy pack;
    const Place kansas = pack.replace("states.yaml", "    name: {en: Kansas, es: Kansas}",
                                      "    name: {en: \"\\u202EiruossiM\\u202C\", es: Kansas}");
    const std::string problem = the_problem(pack, "states.yaml");
    EXPECT_NE(problem.find(std::to_string(kansas.line) + ":16: state name '\\u202EiruossiM\\u202C' (en) looks like "
                                                         "'Missouri' (line "),
              std::string::npos)
        << problem;
    EXPECT_NE(problem.find("U+202E RIGHT-TO-LEFT OVERRIDE"), std::string::npos) << problem;
}

TEST(LookAlikeNames, RefusesARecipientLabelWithACyrillicLetter) {
    PackCopy pack;
    const Place real = pack.find("recipients.yaml", "    label: {en: Governor, es: Gobernador(a)}");
    // The sheriff's card would read "Governor" as well, and its letters go to the sheriff.
    const Place sheriff = pack.replace("recipients.yaml", "    label: {en: Sheriff, es: Sheriff}",
                                       "    label: {en: G\u043Evern\u043Er, es: Sheriff}");
    EXPECT_EQ(the_problem(pack, "recipients.yaml"),
              std::to_string(sheriff.line) +
                  ":17: recipient label 'G\u043Evern\u043Er' (en) looks like 'Governor' (line " +
                  std::to_string(real.line) +
                  "), which it must not: a visitor could not tell them apart; this one has '\u043E' (U+043E CYRILLIC "
                  "SMALL LETTER O) at character 2 where the other has 'o' (U+006F LATIN SMALL LETTER O)");
}

TEST(LookAlikeNames, RefusesAConditionLabelWithASoftHyphen) {
    PackCopy pack;
    const Place real = pack.find("reasons.yaml", "    label: {en: \"Kidney disease\"");
    const Place liver =
        pack.replace("reasons.yaml", "    label: {en: \"Liver disease\"", "    label: {en: \"Kid\u00ADney disease\"");
    EXPECT_EQ(the_problem(pack, "reasons.yaml"),
              std::to_string(liver.line) +
                  ":17: condition label 'Kid\u00ADney disease' (en) looks like 'Kidney "
                  "disease' (line " +
                  std::to_string(real.line) +
                  "), which it must not: a visitor could not tell them apart; this one holds an invisible character "
                  "(U+00AD SOFT HYPHEN) at character 4");
}

TEST(LookAlikeNames, RefusesAContactOfficeWithANoBreakSpace) {
    PackCopy pack;
    const Place office =
        pack.replace("recipients.yaml", "office: Governor of Kansas", "office: \"Governor of\u00A0Kansas\"");
    EXPECT_EQ(the_problem(pack, "recipients.yaml"),
              std::to_string(office.line) + ":" + std::to_string(office.column + 8) +
                  ": 'office' 'Governor of\u00A0Kansas' holds a space other than a plain one (U+00A0 NO-BREAK SPACE) "
                  "at character 12; a name a visitor reads may hold only characters that show, with one plain space "
                  "between words");
}

TEST(LookAlikeNames, RefusesAContactNameInACsvFileWithABidiOverride) {
    PackCopy pack;
    pack.write("contacts/sheriff.csv",
               "state,county,office,name,surname\n"
               "MO,Boone County,Sheriff of Boone County,Dwayne Carey,Carey\n"
               "MO,Cole County,Sheriff of Cole County,\u202Ekcaj,\u202Ekcaj\n");
    const auto found = problems_of(pack.root());
    EXPECT_TRUE(testing::has_problem(found, pack.path_of("contacts/sheriff.csv"), {3, 39},
                                     "'name' (column D) '\u202Ekcaj' holds a bidi control character (U+202E "
                                     "RIGHT-TO-LEFT OVERRIDE) at character 1"));
    EXPECT_TRUE(testing::has_problem(found, pack.path_of("contacts/sheriff.csv"), {3, 45},
                                     "'surname' (column E) '\u202Ekcaj' holds a bidi control character"));
}

TEST(LookAlikeNames, RefusesALanguageNameWithAnInvisibleCharacter) {
    PackCopy pack;
    const Place name = pack.replace("strings/es.yaml", "  name: Español", "  name: \"Espa\\uFEFFñol\"");
    EXPECT_EQ(the_problem(pack, "strings/es.yaml"),
              std::to_string(name.line) +
                  ":9: language 'name' 'Espa\uFEFFñol' holds an invisible character (U+FEFF ZERO WIDTH NO-BREAK "
                  "SPACE) at character 5; a name a visitor reads may hold only characters that show, with one plain "
                  "space between words");
}

// Real names: Spanish letters, and names that are alike but not look-alikes.
TEST(LookAlikeNames, AcceptsRealNamesThatAreOnlySimilar) {
    PackCopy pack;
    add_county_after(pack, "Boone County", "Doña Ana County");
    add_county_after(pack, "Boone County", "Mayagüez Municipio");
    add_county_after(pack, "Boone County", "Peña County");
    add_county_after(pack, "Boone County", "Pena County");
    add_county_after(pack, "Boone County", "Boone City");
    add_county_after(pack, "Boone County", "St. Louis");
    EXPECT_EQ(describe(problems_of(pack.root())), "  (no problems)\n");
}

TEST(LookAlikeNames, TheDefaultPackLoadsWithItsStLouisCountyAndCity) {
    const auto pack = load_pack(KIOSK_DEFAULT_PACK);
    ASSERT_TRUE(pack) << describe(pack.error());
    const auto& counties = pack->find_state("MO")->counties;
    EXPECT_NE(std::find(counties.begin(), counties.end(), "St. Louis County"), counties.end());
    EXPECT_NE(std::find(counties.begin(), counties.end(), "St. Louis city"), counties.end());
}

// Every county of the country (3,232, Puerto Rico's Spanish names among them), and
// 6,464 contacts.
TEST(LookAlikeNames, TheNationalPackLoadsWithNoProblem) {
    const kiosk::testing::NationalPack national;
    const auto pack = load_pack(national.root());
    ASSERT_TRUE(pack) << describe(pack.error());
    EXPECT_EQ(pack->find_state("PR")->counties.size(), 78u);
}

TEST(HiddenInName, PassesEveryLetterThatShows) {
    for (const std::string name : {"Doña Ana County", "Añasco Municipio", "Mayagüez", "Enfermedad del hígado",
                                   "Prince George's County", "Winston-Salem", "Gobernador(a)", "Ka\u02BBū"}) {
        EXPECT_EQ(hidden_in_name(name), std::nullopt) << name;
    }
}

TEST(HiddenInName, NamesEachInvisibleOrBidiCharacterTheIssueLists) {
    for (const char32_t c :
         {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF, 0x202A, 0x202B,
          0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x061C, 0x00AD, 0x00A0, 0x2007, 0x202F, 0x3000}) {
        std::string name = "Bo";
        if (c < 0x800) {
            name += char(0xC0 | (c >> 6));
            name += char(0x80 | (c & 0x3F));
        } else {
            name += char(0xE0 | (c >> 12));
            name += char(0x80 | ((c >> 6) & 0x3F));
            name += char(0x80 | (c & 0x3F));
        }
        name += "one";
        char code[16];
        std::snprintf(code, sizeof code, "(U+%04X ", static_cast<unsigned>(c));
        const auto hidden = hidden_in_name(name);
        ASSERT_TRUE(hidden.has_value()) << code;
        EXPECT_NE(hidden->find(std::string(code)), std::string::npos) << *hidden;
        EXPECT_NE(hidden->find("at character 3"), std::string::npos) << *hidden;
    }
}

}  // namespace
}  // namespace kiosk::content
