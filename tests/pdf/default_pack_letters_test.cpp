// Every letter of the default pack, as the printer gets it: each recipient, state and
// language, with every reason chosen, rendered to PDF and read back with pdftotext.
// What a reader of the letters would catch: a screen label or a template tag in the
// text, words that date the letter, reasons that read as one group meeting all of
// them, and facts that are false for the state.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <optional>

#include "command_runner.h"
#include "letter/checked_pack.h"
#include "letter/font_set.h"
#include "letter/letter_composer.h"
#include "letter/letter_layout_engine.h"
#include "pdf/pdf_writer.h"

namespace kiosk::pdf {
namespace {

using kiosk::testing::run_command;
using kiosk::testing::ScratchFolder;
using kiosk::testing::shell_quoted;

// ASCII letters only: enough to find English and Spanish words whatever their case.
std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

// pdftotext ends each line with a newline; the words are what matters here.
std::string flattened(std::string text) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

class DefaultPackLetters : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        auto pack = letter::load_checked_pack(DEFAULT_CONTENT_DIR);
        ASSERT_TRUE(pack) << pack.error().front().to_string();
        pack_ = new content::Pack(std::move(*pack));
        auto fonts = letter::find_fonts();
        ASSERT_TRUE(fonts) << fonts.error();
        fonts_ = new letter::FontSet(*fonts);
        auto engine = letter::LetterLayoutEngine::create(*fonts_);
        ASSERT_TRUE(engine) << engine.error();
        engine_ = new letter::LetterLayoutEngine(std::move(*engine));
    }
    static void TearDownTestSuite() {
        delete engine_;
        delete fonts_;
        delete pack_;
    }

    static letter::LetterRequest request(const std::string& recipient, const std::string& state,
                                         const std::string& county, const std::string& language) {
        letter::LetterRequest request;
        request.recipient_id = recipient;
        request.state_id = state;
        request.county = county;
        request.language = language;
        request.date = {2026, 11, 25};
        for (const auto& ground : pack_->grounds) request.reason_ids.push_back(ground.id);
        for (const auto& condition : pack_->conditions) request.reason_ids.push_back(condition.id);
        return request;
    }

    // The letter's text as pdftotext reads it from the PDF, lines joined by spaces.
    std::string printed(const letter::LetterRequest& request, const content::Pack& pack = *pack_) {
        const auto letter = letter::compose_letter(pack, request);
        EXPECT_TRUE(letter) << letter.error();
        if (!letter) return {};
        PdfWriter writer{*fonts_};
        const auto file = scratch_.path() / "letter.pdf";
        kiosk::testing::write_bytes(file, writer.write(engine_->lay_out(*letter, request.paper)));
        const auto result = run_command("pdftotext -enc UTF-8 " + shell_quoted(file.string()) + " -");
        EXPECT_EQ(result.exit_code, 0) << result.output;
        return flattened(result.output);
    }

    // A county of each state whose letters use the state's facts, and counties that differ.
    static std::vector<std::string> counties_of(const content::State& state) {
        std::vector<std::string> counties{state.counties.front()};
        for (const auto& [county, facts] : state.county_facts) counties.push_back(county);
        return counties;
    }

    static content::Pack* pack_;
    static letter::FontSet* fonts_;
    static letter::LetterLayoutEngine* engine_;
    ScratchFolder scratch_;
};

content::Pack* DefaultPackLetters::pack_ = nullptr;
letter::FontSet* DefaultPackLetters::fonts_ = nullptr;
letter::LetterLayoutEngine* DefaultPackLetters::engine_ = nullptr;

TEST_F(DefaultPackLetters, NoLetterShowsAScreenLabelATagOrADate) {
    // Words that tie a letter to one season of news; the letters must read true any day.
    const std::vector<std::string> dated{"epidemic", "pandemic", "covid", "coronavirus", "outbreak",
                                         "epidemia", "pandemia", "brote"};
    int letters = 0;
    for (const auto& recipient : pack_->recipients) {
        for (const auto& state : pack_->states) {
            const bool county_level = recipient.level == content::RecipientLevel::County;
            for (const std::string& county : county_level ? counties_of(state) : std::vector<std::string>{""}) {
                for (const auto& language : pack_->info.languages) {
                    const std::string where = recipient.id + ", " + state.id + " " + county + ", " + language;
                    const std::string text = printed(request(recipient.id, state.id, county, language));
                    const std::string lower = lowercase(text);
                    ++letters;
                    EXPECT_EQ(lower.find("older or elderly"), std::string::npos) << where << "\n" << text;
                    EXPECT_EQ(text.find("{{"), std::string::npos) << where << "\n" << text;
                    EXPECT_EQ(text.find("}}"), std::string::npos) << where << "\n" << text;
                    for (const std::string& word : dated) {
                        EXPECT_EQ(lower.find(word), std::string::npos) << word << " in " << where << "\n" << text;
                    }
                    // A label is screen words; it may only show where a phrase says the same.
                    for (const auto* reasons : {&pack_->grounds, &pack_->conditions}) {
                        for (const auto& reason : *reasons) {
                            const std::string label = lowercase(reason.label.in(language, "en"));
                            bool also_a_phrase = false;
                            for (const auto* others : {&pack_->grounds, &pack_->conditions}) {
                                for (const auto& other : *others) {
                                    also_a_phrase |= lowercase(other.phrase.in(language, "en")).find(label) !=
                                                     std::string::npos;
                                }
                            }
                            if (!also_a_phrase) {
                                EXPECT_EQ(lower.find(label), std::string::npos)
                                    << "label \"" << label << "\" in " << where << "\n" << text;
                            }
                        }
                    }
                }
            }
        }
    }
    EXPECT_GE(letters, 5 * 4 * 2);
}

TEST_F(DefaultPackLetters, EveryReasonChosenReadsAsAlternativesInEnglish) {
    const std::string text = printed(request("governor", "MO", "", "en"));
    EXPECT_NE(text.find("to people who are elderly, who have a terminal illness, who have a debilitating medical "
                        "condition, who live with a chronic medical condition, whose children have lost the family "
                        "member who cared for them, or who are held before trial without being convicted of "
                        "anything."),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("People with blood disorders, chronic kidney disease,"), std::string::npos) << text;
    EXPECT_NE(text.find("neurological and neurodevelopmental conditions, or hypertension face the greatest risk"),
              std::string::npos)
        << text;
}

TEST_F(DefaultPackLetters, EveryReasonChosenReadsAsAlternativesInSpanish) {
    const std::string text = printed(request("governor", "MO", "", "es"));
    EXPECT_NE(text.find("a las personas que son de edad avanzada, que tienen una enfermedad terminal, que tienen una "
                        "enfermedad debilitante, que viven con una enfermedad crónica, cuyos hijos han perdido al "
                        "familiar que los cuidaba o que están detenidas en espera de juicio sin haber sido "
                        "condenadas."),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("enfermedades neurológicas y del neurodesarrollo o hipertensión corren el mayor riesgo"),
              std::string::npos)
        << text;
}

// The default pack has no Spanish phrase that begins with an "o" sound: one is put last.
TEST_F(DefaultPackLetters, SpanishWritesUBeforeAnOSound) {
    content::Pack pack = *pack_;
    pack.conditions.back().phrase.text["es"] = "hormonas alteradas";
    const std::string text = printed(request("sheriff", "KS", "Douglas County", "es"), pack);
    EXPECT_NE(text.find("enfermedades neurológicas y del neurodesarrollo u hormonas alteradas corren"),
              std::string::npos)
        << text;
}

TEST_F(DefaultPackLetters, NebraskasGovernorLetterNamesTheBoardOfPardons) {
    for (const std::string language : {"en", "es"}) {
        const std::string text = printed(request("governor", "NE", "", language));
        EXPECT_NE(text.find("Board of Pardons"), std::string::npos) << text;
        EXPECT_EQ(text.find("you hold the power of clemency"), std::string::npos) << text;
        EXPECT_EQ(text.find("Usted tiene el poder de clemencia"), std::string::npos) << text;
        EXPECT_NE(text.find("Nebraska Department of Correctional Services"), std::string::npos) << text;
    }
    const std::string missouri = printed(request("governor", "MO", "", "en"));
    EXPECT_NE(missouri.find("As governor, you hold the power of clemency"), std::string::npos) << missouri;
    EXPECT_EQ(missouri.find("Board of Pardons"), std::string::npos) << missouri;
    // The pack does not say what Arkansas's prison system is called: the letter does not either.
    const std::string arkansas = printed(request("governor", "AR", "", "en"));
    EXPECT_NE(arkansas.find("direct your state's corrections department"), std::string::npos) << arkansas;
}

TEST_F(DefaultPackLetters, LocalOfficialsAreAddressedByTheirCountysBody) {
    const auto starts = [&](const std::string& state, const std::string& county, const std::string& language,
                            const std::string& greeting) {
        const std::string text = printed(request("local-official", state, county, language));
        EXPECT_NE(text.find(greeting), std::string::npos) << text;
        EXPECT_EQ(text.find("Local Elected Official"), std::string::npos) << text;
    };
    starts("MO", "Boone County", "en", "Dear Members of the Boone County Commission:");
    starts("MO", "Boone County", "es", "Estimados miembros de la Comisión de Boone County:");
    starts("MO", "St. Louis County", "en", "Dear Members of the St. Louis County Council:");
    starts("MO", "Jackson County", "en", "Dear Members of the Jackson County Legislature:");
    starts("MO", "Clay County", "en", "Dear Elected Officials of Clay County:");  // the pack is not sure
    starts("KS", "Douglas County", "en", "Dear Members of the Board of County Commissioners of Douglas County:");
    starts("NE", "Lancaster County", "en", "Dear Members of the Lancaster County Board:");
    starts("AR", "Pulaski County", "en", "Dear County Judge and Members of the Pulaski County Quorum Court:");
    starts("AR", "Pulaski County", "es",
           "Estimado(a) juez del condado y estimados miembros del Quorum Court de Pulaski County:");
}

TEST_F(DefaultPackLetters, ACountyOfficeWithNoContactHasLabelledLinesToWriteItsAddress) {
    std::string text = printed(request("sheriff", "MO", "Boone County", "en"));
    EXPECT_NE(text.find("Sheriff of Boone County Street or P.O. box: City, state, ZIP code:"), std::string::npos)
        << text;
    text = printed(request("prosecutor", "AR", "Pulaski County", "es"));
    EXPECT_NE(text.find("Fiscal de Pulaski County Calle o apartado postal: Ciudad, estado y código postal:"),
              std::string::npos)
        << text;
}

}  // namespace
}  // namespace kiosk::pdf
