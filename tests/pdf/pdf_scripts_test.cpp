// Names in other scripts, read back from the PDF as a reader would copy them: poppler
// finds the fallback fonts embedded, has no warning about them (libharu's own
// ToUnicode CMap drew "Invalid 'begincidrange' operator"), and extracts the name.
#include <gtest/gtest.h>

#include <sstream>

#include "command_runner.h"
#include "letter/letter_composer.h"
#include "test_engine.h"
#include "pdf/pdf_writer.h"
#include "test_pack.h"

namespace kiosk::pdf {
namespace {

using kiosk::testing::run_command;
using kiosk::testing::ScratchFolder;
using kiosk::testing::shell_quoted;

class PdfScripts : public ::testing::Test {
protected:

    std::filesystem::path render_with_name(const std::string& name) {
        auto letter = *letter::compose_letter(letter::testing::test_pack(), letter::testing::typical_request());
        letter.printed_name = name;
        PdfWriter writer{letter::testing::test_fonts()};
        const auto file = scratch_.path() / "letter.pdf";
        kiosk::testing::write_bytes(file, writer.write(letter::testing::test_engine().lay_out(letter, content::PaperSize::Letter)));
        return file;
    }

    // pdftotext's output and warnings together.
    static std::string text_of(const std::filesystem::path& pdf) {
        const auto result = run_command("pdftotext -enc UTF-8 " + shell_quoted(pdf.string()) + " -");
        EXPECT_EQ(result.exit_code, 0) << result.output;
        return result.output;
    }

    static std::string fonts_of(const std::filesystem::path& pdf) {
        const auto result = run_command("pdffonts " + shell_quoted(pdf.string()));
        EXPECT_EQ(result.exit_code, 0) << result.output;
        return result.output;
    }

    static void expect_no_warning(const std::string& output) {
        EXPECT_EQ(output.find("Warning"), std::string::npos) << output;
        EXPECT_EQ(output.find("Error"), std::string::npos) << output;
    }

    // Every font in pdffonts' table is embedded, as a subset ("emb" and "sub" say yes).
    static void expect_all_embedded(const std::string& table, std::size_t at_least) {
        std::size_t fonts = 0;
        std::istringstream lines{table};
        std::string line;
        std::getline(lines, line);
        std::getline(lines, line);
        while (std::getline(lines, line)) {
            if (line.empty()) continue;
            ++fonts;
            EXPECT_NE(line.find(" yes yes "), std::string::npos) << "not embedded as a subset: " << line;
        }
        EXPECT_GE(fonts, at_least) << table;
    }

    ScratchFolder scratch_;
};


TEST_F(PdfScripts, VietnameseNameReadsBack) {
    const auto pdf = render_with_name("Nguye\xCC\x82\xCC\x83n Thị Minh Khai");  // typed with combining accents
    const auto text = text_of(pdf);
    expect_no_warning(text);
    EXPECT_NE(text.find("Nguyễn Thị Minh Khai"), std::string::npos) << text;
    expect_all_embedded(fonts_of(pdf), 2);
}

TEST_F(PdfScripts, HebrewNameReadsBackInReadingOrder) {
    const auto pdf = render_with_name("שרה כהן");
    const auto text = text_of(pdf);
    expect_no_warning(text);
    EXPECT_NE(text.find("שרה כהן"), std::string::npos) << text;
    expect_all_embedded(fonts_of(pdf), 2);
}

TEST_F(PdfScripts, ChineseNameReadsBack) {
    const auto pdf = render_with_name("王小明");
    const auto text = text_of(pdf);
    expect_no_warning(text);
    EXPECT_NE(text.find("王小明"), std::string::npos) << text;
    const auto fonts = fonts_of(pdf);
    expect_no_warning(fonts);
    expect_all_embedded(fonts, 2);
}

TEST_F(PdfScripts, ArabicNameReadsBackAsItsLettersNotItsJoinedForms) {
    const auto pdf = render_with_name("محمد علي");
    const auto text = text_of(pdf);
    expect_no_warning(text);
    EXPECT_NE(text.find("محمد علي"), std::string::npos) << text;
    expect_all_embedded(fonts_of(pdf), 2);
}

TEST_F(PdfScripts, ReplacementCharacterInTheLettersOwnFontHasAValidToUnicodeMap) {
    const auto pdf = render_with_name("Ana \xF0\x9F\x98\x80 Li");
    const auto text = text_of(pdf);
    expect_no_warning(text);
    EXPECT_NE(text.find("Ana \xEF\xBF\xBD Li"), std::string::npos) << text;
}

}  // namespace
}  // namespace kiosk::pdf
