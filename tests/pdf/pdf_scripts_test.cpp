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

    // The letter with `name` as its printed name: pdftotext and pdffonts have no
    // warning, the text holds `expected`, and every font is embedded.
    void expect_reads_back(const std::string& name, const std::string& expected) {
        const auto pdf = render_with_name(name);
        const auto text = text_of(pdf);
        expect_no_warning(text);
        EXPECT_NE(text.find(expected), std::string::npos) << text;
        const auto fonts = fonts_of(pdf);
        expect_no_warning(fonts);
        expect_all_embedded(fonts, 2);
    }

    ScratchFolder scratch_;
};

TEST_F(PdfScripts, VietnameseNameReadsBack) {
    expect_reads_back("Nguye\xCC\x82\xCC\x83n Thị Minh Khai", "Nguyễn Thị Minh Khai");  // typed with combining accents
}

TEST_F(PdfScripts, HebrewNameReadsBackInReadingOrder) { expect_reads_back("שרה כהן", "שרה כהן"); }

TEST_F(PdfScripts, ChineseNameReadsBack) { expect_reads_back("王小明", "王小明"); }

TEST_F(PdfScripts, KoreanAndJapaneseNamesReadBack) { expect_reads_back("김민준 さくら", "김민준 さくら"); }

TEST_F(PdfScripts, ArabicNameReadsBackAsItsLettersNotItsJoinedForms) { expect_reads_back("محمد علي", "محمد علي"); }

TEST_F(PdfScripts, ReplacementCharacterInTheLettersOwnFontHasAValidToUnicodeMap) {
    expect_reads_back("Ana \xF0\x9F\x98\x80 Li", "Ana \xEF\xBF\xBD Li");
}

}  // namespace
}  // namespace kiosk::pdf
