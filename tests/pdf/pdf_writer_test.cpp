#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "command_runner.h"
#include "letter/font_set.h"
#include "letter/letter_composer.h"
#include "letter/letter_layout_engine.h"
#include "pdf/pdf_writer.h"
#include "test_pack.h"

namespace kiosk::pdf {
namespace {

using kiosk::testing::run_command;
using kiosk::testing::ScratchFolder;
using kiosk::testing::shell_quoted;

class PdfWriterTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto fonts = letter::find_fonts();
        ASSERT_TRUE(fonts) << fonts.error();
        fonts_ = *fonts;
        auto engine = letter::LetterLayoutEngine::create(fonts_);
        ASSERT_TRUE(engine) << engine.error();
        engine_.emplace(std::move(*engine));
    }

    letter::ComposedLetter compose(const letter::LetterRequest& request) {
        auto letter = letter::compose_letter(letter::testing::test_pack(), request);
        EXPECT_TRUE(letter) << letter.error();
        return *letter;
    }

    // Renders the letter and writes the PDF where poppler's tools can read it.
    std::filesystem::path render(const letter::ComposedLetter& letter, content::PaperSize paper = content::PaperSize::Letter) {
        PdfWriter writer{fonts_};
        bytes_ = writer.write(engine_->lay_out(letter, paper));
        const auto file = scratch_.path() / "letter.pdf";
        kiosk::testing::write_bytes(file, bytes_);
        return file;
    }

    static std::string text_of(const std::filesystem::path& pdf) {
        // Without -layout, a paragraph's lines come out joined by single newlines.
        auto result = run_command("pdftotext -enc UTF-8 " + shell_quoted(pdf.string()) + " -");
        EXPECT_EQ(result.exit_code, 0) << result.output;
        return result.output;
    }

    static std::string flattened(std::string text) {
        for (char& c : text) {
            if (c == '\n') c = ' ';
        }
        return text;
    }

    static std::string info_of(const std::filesystem::path& pdf) {
        auto result = run_command("pdfinfo " + shell_quoted(pdf.string()));
        EXPECT_EQ(result.exit_code, 0) << result.output;
        return result.output;
    }

    letter::FontSet fonts_;
    std::optional<letter::LetterLayoutEngine> engine_;
    ScratchFolder scratch_;
    std::vector<unsigned char> bytes_;
};

TEST_F(PdfWriterTest, TypicalLetterReadsBackAsText) {
    const auto text = flattened(text_of(render(compose(letter::testing::typical_request()))));
    for (const char* expected : {"Mike Kehoe", "Governor of Missouri", "Capitol Building Room 216", "P.O. Box 720",
                                 "Jefferson City, MO 65102", "Dear Governor Kehoe:", "November 25, 2026",
                                 "heart disease, lung disease, or hypertension", "José Núñez-Ødegård",
                                 "12 Elm Street", "Sincerely,", "In my own words"}) {
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n---\n" << text;
    }
}

TEST_F(PdfWriterTest, CurlyQuotesDashesAndAccentsSurvive) {
    auto letter = compose(letter::testing::typical_request());
    letter.body_paragraphs.push_back("“Mercy” — and the state’s duty – matter; ¿Qué más? Ñandú, Øresund, Łódź.");
    const auto text = flattened(text_of(render(letter)));
    EXPECT_NE(text.find("“Mercy” — and the state’s duty – matter; ¿Qué más? Ñandú, Øresund, Łódź."), std::string::npos)
        << text;
}

TEST_F(PdfWriterTest, CharactersOutsideTheFontPrintAsTheReplacementCharacter) {
    auto letter = compose(letter::testing::typical_request());
    letter.printed_name = "Ana \xF0\x9F\x98\x80 Łukasz";  // an emoji: beyond what libharu can print (UCS-2)
    const auto text = flattened(text_of(render(letter)));
    EXPECT_NE(text.find("Ana \xEF\xBF\xBD Łukasz"), std::string::npos) << text;
    EXPECT_LE(bytes_.size(), 60u * 1024u) << "the UTF-8 fallback font must not bloat the letter";
}

TEST_F(PdfWriterTest, SpanishLetterReadsBackInSpanish) {
    auto request = letter::testing::typical_request();
    request.language = "es";
    const auto text = flattened(text_of(render(compose(request))));
    EXPECT_NE(text.find("enfermedades del corazón, enfermedades pulmonares o hipertensión"), std::string::npos) << text;
    EXPECT_NE(text.find("25 de noviembre de 2026"), std::string::npos) << text;
    EXPECT_NE(text.find("Atentamente,"), std::string::npos) << text;
}

TEST_F(PdfWriterTest, EveryFontIsEmbedded) {
    const auto pdf = render(compose(letter::testing::typical_request()));
    const auto result = run_command("pdffonts " + shell_quoted(pdf.string()));
    ASSERT_EQ(result.exit_code, 0) << result.output;
    std::istringstream lines{result.output};
    std::string line;
    int fonts = 0;
    while (std::getline(lines, line)) {
        // Skips the table's heading and poppler's warnings about libharu 2.3's ToUnicode
        // CMap ("Invalid 'begincidrange' operator"), which do not affect the fonts.
        if (line.rfind("name", 0) == 0 || line.rfind("----", 0) == 0 || line.empty() ||
            line.find("Warning") != std::string::npos) {
            continue;
        }
        ++fonts;
        // Columns: name type encoding emb sub uni object ID
        EXPECT_TRUE(std::regex_search(line, std::regex{R"( yes +(yes|no) +(yes|no) +\d+ +\d+$)"})) << line;
    }
    EXPECT_GE(fonts, 1);
}

TEST_F(PdfWriterTest, TypicalLetterIsOneLetterSizePage) {
    const auto info = info_of(render(compose(letter::testing::typical_request())));
    EXPECT_NE(info.find("Pages:           1\n"), std::string::npos) << info;
    EXPECT_NE(info.find("612 x 792 pts (letter)"), std::string::npos) << info;
}

TEST_F(PdfWriterTest, A4LetterHasA4Pages) {
    const auto info = info_of(render(compose(letter::testing::typical_request()), content::PaperSize::A4));
    EXPECT_NE(info.find("595 x 842 pts (A4)"), std::string::npos) << info;
}

TEST_F(PdfWriterTest, LongLetterHasTwoPagesAndTheHeaderOnTheSecond) {
    auto letter = compose(letter::testing::typical_request());
    for (int i = 0; i < 14; ++i) {
        letter.body_paragraphs.push_back(
            "Every day of delay puts more people at risk of serious illness, and every release saves a life. "
            "Every day of delay puts more people at risk of serious illness, and every release saves a life.");
    }
    const auto pdf = render(letter);
    const auto info = info_of(pdf);
    EXPECT_NE(info.find("Pages:           2\n"), std::string::npos) << info;
    const auto page_two = run_command("pdftotext -enc UTF-8 -f 2 -l 2 " + shell_quoted(pdf.string()) + " -");
    EXPECT_NE(page_two.output.find("Page 2"), std::string::npos) << page_two.output;
    EXPECT_NE(page_two.output.find("Sincerely,"), std::string::npos) << page_two.output;
}

TEST_F(PdfWriterTest, MetadataHoldsNoPersonalData) {
    const auto info = info_of(render(compose(letter::testing::typical_request())));
    EXPECT_NE(info.find("Title:           Letter\n"), std::string::npos) << info;
    EXPECT_EQ(info.find("José"), std::string::npos) << info;
    EXPECT_EQ(info.find("Elm"), std::string::npos) << info;
}

TEST_F(PdfWriterTest, TypicalLetterIsSmall) {
    render(compose(letter::testing::typical_request()));
    EXPECT_EQ(std::string(bytes_.begin(), bytes_.begin() + 5), "%PDF-");
    EXPECT_LE(bytes_.size(), 60u * 1024u);
}

}  // namespace
}  // namespace kiosk::pdf
