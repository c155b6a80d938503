// Each test breaks a copy of the default pack in one place, the way staff might, and
// checks check-content would send them to that exact file, line and column.
#include <algorithm>
#include <map>
#include <regex>
#include <sstream>
#include <utility>

#include <gtest/gtest.h>

#include "pack_copy.h"

namespace kiosk::content {
namespace {

using testing::has_problem;
using testing::PackCopy;
using testing::Place;
using testing::problems_of;

class BrokenPack : public ::testing::Test {
protected:
    // Where `text` starts on the line of the first `anchor` in `file`.
    Place at(const std::string& file, const std::string& anchor, const std::string& text = "") const {
        Place place = pack.find(file, anchor);
        if (!text.empty()) place.column += static_cast<int>(anchor.find(text));
        return place;
    }
    std::vector<Problem> problems() const { return problems_of(pack.root()); }
    // The one problem found, as check-content prints it; all of them when there are more.
    std::string the_problem() const {
        const auto found = problems();
        return found.size() == 1 ? found[0].to_string() : testing::describe(found);
    }
    std::string file(const std::string& relative) const { return pack.path_of(relative); }

    PackCopy pack;
};

TEST_F(BrokenPack, YamlSyntaxErrorIsReportedWhereTheParserStopped) {
    pack.replace("reasons.yaml", "phrase: {en: \"are older or elderly\", es: \"son de edad avanzada\"}",
                 "phrase: {en: \"are older or elderly\", es: \"son de edad avanzada\"");
    const auto found = problems();
    ASSERT_EQ(found.size(), 1u) << testing::describe(found);
    EXPECT_EQ(found[0].file, file("reasons.yaml"));
    EXPECT_NE(found[0].message.find("YAML syntax error"), std::string::npos);
    EXPECT_GT(found[0].line, 0);
}

// Such a pack once passed, and then `letter --recipient sheriff` read the first county of none.
TEST_F(BrokenPack, StateWithAnEmptyCountyList) {
    const Place place = pack.replace("states.yaml", "states:\n",
                                     "states:\n  - id: IA\n    name: {en: Iowa, es: Iowa}\n"
                                     "    counties: []\n");
    EXPECT_TRUE(
        has_problem(problems(), file("states.yaml"), {place.line + 3, 15}, "'counties' needs at least one county"));
}

TEST_F(BrokenPack, MissingRequiredFieldIsReportedAtItsItem) {
    pack.replace("reasons.yaml", "    label: {en: \"Older or elderly\", es: \"Personas mayores\"}\n", "");
    EXPECT_TRUE(has_problem(problems(), file("reasons.yaml"), at("reasons.yaml", "  - id: elderly", "id"),
                            "a ground is missing required field 'label'"));
}

TEST_F(BrokenPack, MisspelledKeyIsNamedWithTheKeyItWasMeantToBe) {
    const Place place = pack.replace("recipients.yaml", "    label: {en: President", "    labl: {en: President");
    const auto found = problems();
    EXPECT_TRUE(has_problem(found, file("recipients.yaml"), {place.line, 5}, "unknown key 'labl' (did you mean 'label'?)"));
    EXPECT_TRUE(has_problem(found, file("recipients.yaml"), at("recipients.yaml", "  - id: president", "id"),
                            "missing required field 'label'"));
}

TEST_F(BrokenPack, UnknownKeyListsTheExpectedOnes) {
    pack.replace("pack.yaml", "paper: letter\n", "paper: letter\nfavourite_colour: blue\n");
    EXPECT_TRUE(has_problem(problems(), file("pack.yaml"), at("pack.yaml", "favourite_colour"),
                            "unknown key 'favourite_colour' in pack.yaml (expected: name, organisation"));
}

TEST_F(BrokenPack, ListWhereTextIsExpected) {
    const Place place = pack.replace("pack.yaml", "organisation: Letter Kiosk default campaign",
                                     "organisation: [Letter Kiosk, default campaign]");
    EXPECT_TRUE(has_problem(problems(), file("pack.yaml"), {place.line, 15},
                            "'organisation' should be text, but it is a list"));
}

TEST_F(BrokenPack, ImpossibleDate) {
    const Place place = pack.replace("pack.yaml", "contacts_verified_on: 2026-11-24", "contacts_verified_on: 2026-11-31");
    EXPECT_TRUE(has_problem(problems(), file("pack.yaml"), {place.line, 23},
                            "'contacts_verified_on' should be a date like 2026-11-24, not '2026-11-31'"));
}

TEST_F(BrokenPack, ColourWithoutSixHexDigits) {
    const Place place = pack.replace("pack.yaml", "primary: \"#1B4F72\"", "primary: \"#1B4F7\"");
    EXPECT_TRUE(has_problem(problems(), file("pack.yaml"), {place.line, place.column + 9},
                            "'primary' should be a colour like \"#1B4F72\""));
}

TEST_F(BrokenPack, PaperThatIsNotLetterOrA4) {
    const Place place = pack.replace("pack.yaml", "paper: letter", "paper: legal");
    EXPECT_TRUE(has_problem(problems(), file("pack.yaml"), {place.line, 8}, "'paper' should be letter or a4, not 'legal'"));
}

TEST_F(BrokenPack, NegativeIdleTime) {
    const Place place = pack.replace("pack.yaml", "reset_after_seconds: 30", "reset_after_seconds: -30");
    EXPECT_TRUE(has_problem(problems(), file("pack.yaml"), {place.line, place.column + 21},
                            "'reset_after_seconds' should be a whole number of seconds from 1 to 86400, not '-30'"));
}

TEST_F(BrokenPack, DuplicateRecipientId) {
    const Place place = pack.replace("recipients.yaml", "  - id: sheriff", "  - id: prosecutor");
    EXPECT_TRUE(has_problem(problems(), file("recipients.yaml"), {place.line, 9}, "recipient 'prosecutor' is listed twice"));
}

TEST_F(BrokenPack, ConditionIdAlreadyUsedByAGround) {
    const Place place = pack.replace("reasons.yaml", "  - id: hypertension", "  - id: elderly");
    EXPECT_TRUE(has_problem(problems(), file("reasons.yaml"), {place.line, 9}, "id 'elderly' is already used by a ground"));
}

TEST_F(BrokenPack, DuplicateState) {
    const Place place = pack.replace("states.yaml", "  - id: KS", "  - id: MO");
    EXPECT_TRUE(has_problem(problems(), file("states.yaml"), {place.line, 9}, "state 'MO' is listed twice"));
}

TEST_F(BrokenPack, DuplicateCounty) {
    const Place place = pack.replace("states.yaml", "\"Andrew County\"", "\"Adair County\"");
    EXPECT_TRUE(has_problem(problems(), file("states.yaml"), place,
                            "county 'Adair County' is listed twice in MO (first on line"));
}

TEST_F(BrokenPack, DuplicateFollowUp) {
    const Place place = pack.replace("pack.yaml", "  - id: sign-on", "  - id: webinar");
    EXPECT_TRUE(has_problem(problems(), file("pack.yaml"), {place.line, 9}, "follow-up id 'webinar' is used twice"));
}

TEST_F(BrokenPack, TextMissingOneOfThePacksLanguages) {
    const Place place = pack.replace("recipients.yaml", "label: {en: President, es: Presidente}", "label: {en: President}");
    EXPECT_TRUE(has_problem(problems(), file("recipients.yaml"), place, "'label' has no 'es' text"));
}

TEST_F(BrokenPack, TextInALanguageThePackDoesNotHave) {
    const Place place = pack.replace("recipients.yaml", "label: {en: President, es: Presidente}",
                                     "label: {en: President, es: Presidente, fr: Président}");
    EXPECT_TRUE(has_problem(problems(), file("recipients.yaml"), {place.line, place.column + 39},
                            "'label' has text in 'fr', which is not one of the pack's languages (en, es)"));
}

TEST_F(BrokenPack, ContactInAStateThePackDoesNotOffer) {
    const Place place = pack.replace("recipients.yaml", "      - state: NE", "      - state: NV");
    EXPECT_TRUE(has_problem(problems(), file("recipients.yaml"), {place.line, 16},
                            "state 'NV' is not in states.yaml (did you mean 'NE'?)"));
}

TEST_F(BrokenPack, ContactCountyThatIsNotACountyOfItsState) {
    const Place place = pack.replace("recipients.yaml", "    contacts: []\n\n  - id: local-official",
                                     "    contacts:\n      - state: MO\n        county: Boon County\n"
                                     "        office: Sheriff of Boone County\n\n  - id: local-official");
    EXPECT_TRUE(has_problem(problems(), file("recipients.yaml"), {place.line + 2, 17},
                            "'Boon County' is not a county of MO in states.yaml (did you mean 'Boone County'?)"));
}

TEST_F(BrokenPack, CountyContactWithoutACounty) {
    const Place place = pack.replace("recipients.yaml", "    contacts: []\n\n  - id: local-official",
                                     "    contacts:\n      - state: MO\n        office: Sheriff\n\n  - id: local-official");
    EXPECT_TRUE(has_problem(problems(), file("recipients.yaml"), {place.line + 1, 9},
                            "a contact is missing required field 'county'"));
}

TEST_F(BrokenPack, ContactNameWithoutSurname) {
    pack.replace("recipients.yaml", "        surname: Kehoe\n", "");
    EXPECT_TRUE(has_problem(problems(), file("recipients.yaml"), at("recipients.yaml", "        name: Mike Kehoe", "name"),
                            "'surname' is needed when 'name' is given"));
}

TEST_F(BrokenPack, SecondContactForTheSameState) {
    const Place place = pack.replace("recipients.yaml", "      - state: KS", "      - state: MO");
    EXPECT_TRUE(has_problem(problems(), file("recipients.yaml"), {place.line, 9}, "a second contact for MO"));
}

TEST_F(BrokenPack, RepeatedKeyInOneMapping) {
    const Place place = pack.replace("pack.yaml", "version: 1.0.0\n", "version: 1.0.0\nversion: 1.0.1\n");
    EXPECT_TRUE(has_problem(problems(), file("pack.yaml"), {place.line + 1, 1},
                            "key 'version' appears twice (first on line " + std::to_string(place.line) + ")"));
}

TEST_F(BrokenPack, TemplateForARecipientThatDoesNotExist) {
    pack.write("templates/mayor.en.mustache", "Please act.\n");
    EXPECT_TRUE(has_problem(problems(), file("templates/mayor.en.mustache"), {0, 0},
                            "there is no recipient 'mayor' in recipients.yaml"));
}

// A file in a language pack.yaml lacks is said once, where the languages are listed.
TEST_F(BrokenPack, TemplateInALanguageNotInThePack) {
    pack.write("templates/governor.fr.mustache", "Veuillez agir.\n");
    EXPECT_TRUE(has_problem(problems(), file("pack.yaml"), at("pack.yaml", "languages: [en, es]", "[en"),
                            "'fr' is not one of the pack's languages (en, es), but the pack has 1 letter template "
                            "(templates/*.fr.mustache) in it. To keep fr, add it here: languages: [en, es, fr]. "
                            "To drop it, delete those files and remove each 'fr:' text"));
}

TEST_F(BrokenPack, MissingTemplateForARecipientAndLanguage) {
    pack.remove("templates/sheriff.es.mustache");
    EXPECT_TRUE(has_problem(problems(), file("templates/sheriff.es.mustache"), {0, 0},
                            "file missing: every recipient needs a letter template in every language"));
}

TEST_F(BrokenPack, MissingStringsFileForALanguage) {
    pack.remove("strings/es.yaml");
    EXPECT_TRUE(has_problem(problems(), file("strings/es.yaml"), {0, 0}, "file missing"));
}

TEST_F(BrokenPack, StringsFileForALanguageNotInThePack) {
    pack.write("strings/fr.yaml", pack.read("strings/en.yaml"));
    const auto found = problems();
    ASSERT_EQ(found.size(), 1u) << testing::describe(found);
    EXPECT_TRUE(has_problem(found, file("pack.yaml"), at("pack.yaml", "languages: [en, es]", "[en"),
                            "'fr' is not one of the pack's languages (en, es), but the pack has strings/fr.yaml in it"));
}

// The texts in each file that are in `language`: its `xx:` keys outside comments.
std::map<std::string, int> texts_in(const PackCopy& pack, const std::string& language) {
    std::map<std::string, int> counts;
    const std::regex key("(^|[^A-Za-z_-])" + language + ":");
    for (const char* file : {"pack.yaml", "reasons.yaml", "recipients.yaml", "states.yaml"}) {
        std::istringstream lines(pack.read(file));
        for (std::string line; std::getline(lines, line);) {
            if (line.find_first_not_of(' ') != std::string::npos && line[line.find_first_not_of(' ')] == '#') continue;
            counts[file] += static_cast<int>(std::distance(std::sregex_iterator(line.begin(), line.end(), key),
                                                           std::sregex_iterator()));
        }
    }
    return counts;
}

// Taking Spanish out of pack.yaml once gave 66 lines, each guessing "(did you mean 'en'?)".
TEST_F(BrokenPack, LanguageTakenOutOfPackYamlIsSaidOnceWithWhereItsTextsAre) {
    const Place languages = pack.replace("pack.yaml", "languages: [en, es]", "languages: [en]");
    const auto counts = texts_in(pack, "es");
    int total = 0;
    std::string per_file;
    for (const auto& [name, count] : counts) {
        total += count;
        per_file += (per_file.empty() ? "" : ", ") + name + " " + std::to_string(count);
    }
    EXPECT_EQ(the_problem(),
              file("pack.yaml") + ":" + std::to_string(languages.line) + ":12: 'es' is not one of the pack's languages " +
                  "(en), but the pack has " + std::to_string(total) + " texts (" + per_file +
                  "), strings/es.yaml and 5 letter templates (templates/*.es.mustache) in it. To keep es, add it "
                  "here: languages: [en, es]. To drop it, delete those files and remove each 'es:' text");
}

// One mistake in states.yaml once also made every contact of that state "not in
// states.yaml", and those lines sorted first.
TEST_F(BrokenPack, ProblemInStatesYamlIsNotAlsoReportedForEveryContactAndZipCode) {
    const Place place = pack.replace("states.yaml", "    name: {en: Missouri", "    nme: {en: Missouri");
    const auto found = problems();
    ASSERT_EQ(found.size(), 2u) << testing::describe(found);
    EXPECT_TRUE(has_problem(found, file("states.yaml"), {place.line - 1, 5}, "a state is missing required field 'name'"));
    EXPECT_TRUE(has_problem(found, file("states.yaml"), {place.line, 5}, "unknown key 'nme' (did you mean 'name'?)"));
}

// `primary: #0B6E4F`: YAML reads " #..." as a comment, so the colour was empty and the
// pack passed with the default colour.
TEST_F(BrokenPack, UnquotedColourIsReportedAsEmptyWithTheQuotesItNeeds) {
    const Place place = pack.replace("pack.yaml", "  primary: \"#1B4F72\"", "  primary: #0B6E4F");
    EXPECT_EQ(the_problem(), file("pack.yaml") + ":" + std::to_string(place.line) +
                                 ":3: 'primary' is empty: write the colour in quotes, like primary: \"#1B4F72\" "
                                 "(without them, YAML reads # and what follows as a comment)");
}

// Such a pack once passed, and the kiosk quietly showed its own colours instead.
TEST_F(BrokenPack, ColourPairBelowFourAndAHalfToOneIsNamedWithItsRatio) {
    const Place place = pack.replace("pack.yaml", "  primary: \"#1B4F72\"", "  primary: \"#8FBC8F\"");
    EXPECT_EQ(the_problem(),
              file("pack.yaml") + ":" + std::to_string(place.line + 1) +
                  ":15: 'on_primary' on 'primary' (#FFFFFF on #8FBC8F) has a contrast of 2.15:1, where text needs "
                  "4.5:1 for visitors with low vision: make 'primary' darker");
}

// 'text' on 'background' passes (8.06:1); the lighter tone the screens make of it for
// secondary text does not.
TEST_F(BrokenPack, DerivedToneBelowFourAndAHalfToOneIsNamed) {
    const Place place = pack.replace("pack.yaml", "  text: \"#1A1A1A\"", "  text: \"#505050\"");
    EXPECT_EQ(the_problem(),
              file("pack.yaml") + ":" + std::to_string(place.line) +
                  ":9: secondary text (a lighter 'text') on 'background' (#7C7C7C on #FFFFFF) has a contrast of "
                  "4.17:1, where text needs 4.5:1 for visitors with low vision: make 'text' darker");
}

// yaml-cpp says "illegal block entry" or "illegal tab when looking for indentation",
// at a place that may be lines away, and never that it was a tab.
TEST_F(BrokenPack, TabInIndentationIsNamedWhereItIs) {
    for (const auto& [before, after] : {std::pair<std::string, std::string>{"\n  - id: KS", "\n\t- id: KS"},
                                        {"  - id: KS\n    name:", "  - id: KS\n  \tname:"}}) {
        PackCopy copy;
        const Place place = copy.replace("states.yaml", before, after);
        const auto found = problems_of(copy.root());
        ASSERT_EQ(found.size(), 1u) << testing::describe(found);
        const int line = place.line + static_cast<int>(std::count(after.begin(), after.begin() + after.find('\t'), '\n'));
        const int column = static_cast<int>(after.find('\t') - after.rfind('\n', after.find('\t'))) ;
        EXPECT_EQ(found[0].to_string(), copy.path_of("states.yaml") + ":" + std::to_string(line) + ":" +
                                            std::to_string(column) +
                                            ": a tab is used for indentation here; use spaces (YAML does not allow tabs)");
    }
}

TEST_F(BrokenPack, StringsKeyInOneLanguageOnly) {
    pack.write("strings/en.yaml", pack.read("strings/en.yaml") + "  ui.only-in-english: \"Hello\"\n");
    const Place english = pack.find("strings/en.yaml", "ui.only-in-english");
    const Place strings{pack.find("strings/es.yaml", "\nstrings:").line + 1, 1};
    EXPECT_TRUE(has_problem(problems(), file("strings/es.yaml"), strings,
                            "key 'ui.only-in-english' is missing here; strings/en.yaml has it on line " +
                                std::to_string(english.line)));
}

TEST_F(BrokenPack, RequiredStringMissingWithTheTypoNamed) {
    pack.replace("strings/es.yaml", "  letter.closing:", "  letter.closin:");
    const Place strings{pack.find("strings/es.yaml", "\nstrings:").line + 1, 1};
    EXPECT_TRUE(has_problem(problems(), file("strings/es.yaml"), strings,
                            "required key 'letter.closing' is missing from 'strings' (is 'letter.closin' a typo of it?)"));
}

TEST_F(BrokenPack, LanguageBlockWithElevenMonths) {
    const Place place = pack.replace("strings/en.yaml", "November, December]", "December]");
    EXPECT_TRUE(has_problem(problems(), file("strings/en.yaml"), {place.line, 11}, "'months' should list 12 month names, not 11"));
}

TEST_F(BrokenPack, MissingLogo) {
    pack.remove("assets/logo.png");
    EXPECT_TRUE(has_problem(problems(), file("pack.yaml"), at("pack.yaml", "  logo: assets/logo.png", "assets"),
                            "logo: 'assets/logo.png' is missing from the pack"));
}

TEST_F(BrokenPack, LogoThatIsNotAnImage) {
    pack.write("assets/logo.png", "<svg xmlns='http://www.w3.org/2000/svg'/>");
    EXPECT_TRUE(has_problem(problems(), file("pack.yaml"), at("pack.yaml", "  logo: assets/logo.png", "assets"),
                            "'assets/logo.png' is not a PNG or JPEG image"));
}

TEST_F(BrokenPack, LogoLargerThan4096PixelsASide) {
    // A PNG signature and header chunk say 5000 x 20; the size is all that is checked.
    const unsigned char header[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                                    0, 0, 0x13, 0x88, 0, 0, 0, 20, 8, 2, 0, 0, 0, 0, 0, 0, 0};
    pack.write("assets/logo.png", std::string(reinterpret_cast<const char*>(header), sizeof header));
    EXPECT_TRUE(has_problem(problems(), file("pack.yaml"), at("pack.yaml", "  logo: assets/logo.png", "assets"),
                            "'assets/logo.png' is 5000x20 pixels; the limit is 4096 on each side"));
}

TEST_F(BrokenPack, LogoOutsideThePackFolder) {
    std::filesystem::copy_file(pack.root() / "assets/logo.png", pack.root().parent_path() / "outside.png");
    const Place place = pack.replace("pack.yaml", "logo: assets/logo.png", "logo: ../outside.png");
    EXPECT_TRUE(has_problem(problems(), file("pack.yaml"), {place.line, place.column + 6},
                            "'../outside.png' points outside the pack folder ('..' is not allowed)"));
}

TEST_F(BrokenPack, LogoGivenAsAnAbsolutePath) {
    const std::string absolute = (pack.root() / "assets/logo.png").string();
    const Place place = pack.replace("pack.yaml", "logo: assets/logo.png", "logo: " + absolute);
    EXPECT_TRUE(has_problem(problems(), file("pack.yaml"), {place.line, place.column + 6}, "is an absolute path"));
}

TEST_F(BrokenPack, LogoThatIsASymbolicLink) {
    std::filesystem::rename(pack.root() / "assets/logo.png", pack.root().parent_path() / "real.png");
    std::filesystem::create_symlink(pack.root().parent_path() / "real.png", pack.root() / "assets/logo.png");
    EXPECT_TRUE(has_problem(problems(), file("pack.yaml"), at("pack.yaml", "  logo: assets/logo.png", "assets"),
                            "'assets/logo.png' goes through a symbolic link (assets/logo.png)"));
}

TEST_F(BrokenPack, LogoInALinkedFolder) {
    std::filesystem::rename(pack.root() / "assets", pack.root().parent_path() / "elsewhere");
    std::filesystem::create_directory_symlink(pack.root().parent_path() / "elsewhere", pack.root() / "assets");
    EXPECT_TRUE(has_problem(problems(), file("pack.yaml"), at("pack.yaml", "  logo: assets/logo.png", "assets"),
                            "goes through a symbolic link (assets)"));
}

TEST_F(BrokenPack, PackFileThatIsASymbolicLink) {
    std::filesystem::rename(pack.root() / "reasons.yaml", pack.root().parent_path() / "reasons.yaml");
    std::filesystem::create_symlink(pack.root().parent_path() / "reasons.yaml", pack.root() / "reasons.yaml");
    EXPECT_TRUE(has_problem(problems(), file("reasons.yaml"), {0, 0}, "symbolic link"));
}

TEST_F(BrokenPack, EveryProblemIsReportedNotJustTheFirst) {
    pack.replace("pack.yaml", "paper: letter", "paper: legal");
    pack.replace("states.yaml", "  - id: KS", "  - id: MO");
    pack.remove("templates/sheriff.es.mustache");
    pack.replace("strings/es.yaml", "  letter.page:", "  letter.pag:");
    const auto found = problems();
    for (const char* name : {"pack.yaml", "states.yaml", "templates/sheriff.es.mustache", "strings/es.yaml"}) {
        EXPECT_TRUE(std::any_of(found.begin(), found.end(), [&](const Problem& p) { return p.file == file(name); }))
            << name << "\n" << testing::describe(found);
    }
}

}  // namespace
}  // namespace kiosk::content
