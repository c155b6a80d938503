// Hostile letters read back from the PDF with poppler (`pdftotext -bbox`), as a
// reader would check the printed page: every word inside the margins, no word printed
// over another, the text's end on a later page, and poppler with nothing to warn about.
#include <gtest/gtest.h>

#include <regex>

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

struct Word {
    int page;
    double left, top, right, bottom;
    std::string text;
};

using letter::testing::repeated;

class PdfReadbackBounds : public ::testing::Test {
protected:

    // The words of the letter's PDF with their boxes (points, from the page's top left).
    std::vector<Word> words_of(const letter::ComposedLetter& letter) {
        PdfWriter writer{letter::testing::test_fonts()};
        const auto file = scratch_.path() / "letter.pdf";
        kiosk::testing::write_bytes(file, writer.write(letter::testing::test_engine().lay_out(letter, content::PaperSize::Letter)));
        const auto result = run_command("pdftotext -bbox -enc UTF-8 " + shell_quoted(file.string()) + " -");
        EXPECT_EQ(result.exit_code, 0) << result.output;
        EXPECT_EQ(result.output.find("Warning"), std::string::npos) << result.output.substr(0, 2000);
        EXPECT_EQ(result.output.find("Error"), std::string::npos) << result.output.substr(0, 2000);
        std::vector<Word> words;
        int page = 0;
        const std::regex element{R"re(<page width|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"};
        for (std::sregex_iterator it{result.output.begin(), result.output.end(), element}, end; it != end; ++it) {
            const auto& match = *it;
            if (!match[1].matched) {
                ++page;
                continue;
            }
            words.push_back({page, std::stod(match[1]), std::stod(match[2]), std::stod(match[3]), std::stod(match[4]), match[5]});
        }
        return words;
    }

    // Inside 1 in at the sides and 0.75 in at the top and bottom of a Letter page;
    // boxes of words on different lines do not meet (poppler's boxes run from the
    // font's ascent to its descent, so those of adjacent lines may touch by a little).
    static void expect_inside_and_apart(const std::vector<Word>& words, const std::string& what) {
        constexpr double side = 72, top = 54, bottom = 792 - 54, right = 612 - 72, slack = 0.5;
        for (const auto& w : words) {
            EXPECT_GE(w.left, side - slack) << what << ": \"" << w.text << "\" on page " << w.page;
            EXPECT_LE(w.right, right + slack) << what << ": \"" << w.text << "\" on page " << w.page;
            EXPECT_GE(w.top, top - 3) << what << ": \"" << w.text << "\" on page " << w.page;
            EXPECT_LE(w.bottom, bottom + 3) << what << ": \"" << w.text << "\" on page " << w.page;
        }
        for (std::size_t i = 0; i < words.size(); ++i) {
            for (std::size_t j = i + 1; j < words.size(); ++j) {
                const Word& a = words[i];
                const Word& b = words[j];
                if (a.page != b.page) continue;
                // Shrunk by a quarter of their height: what overprints, not what touches.
                const double a_inset = (a.bottom - a.top) / 4, b_inset = (b.bottom - b.top) / 4;
                const bool overlap = a.left < b.right - slack && b.left < a.right - slack &&
                                     a.top + a_inset < b.bottom - b_inset && b.top + b_inset < a.bottom - a_inset;
                EXPECT_FALSE(overlap) << what << ": \"" << a.text.substr(0, 30) << "\" and \"" << b.text.substr(0, 30)
                                      << "\" overlap on page " << a.page;
            }
        }
    }

    static letter::ComposedLetter typical() {
        return *letter::compose_letter(letter::testing::test_pack(), letter::testing::typical_request());
    }

    static bool has_word_on_a_later_page(const std::vector<Word>& words, const std::string& text) {
        for (const auto& w : words) {
            if (w.text == text && w.page > 1) return true;
        }
        return false;
    }

    ScratchFolder scratch_;
};


TEST_F(PdfReadbackBounds, TenThousandCharacterSenderAddressFlowsOnInsideTheMargins) {
    auto request = letter::testing::typical_request();
    request.sender.address_lines = {repeated("Westminster ", 833) + "LAST", "Columbia, MO 65201"};
    const auto words = words_of(*letter::compose_letter(letter::testing::test_pack(), request));
    expect_inside_and_apart(words, "sender address");
    EXPECT_TRUE(has_word_on_a_later_page(words, "LAST"));
}

TEST_F(PdfReadbackBounds, TenThousandCharacterRecipientLineFlowsOnInsideTheMargins) {
    auto letter = typical();
    letter.recipient_lines.back() = repeated("Capitol ", 1250) + "LAST";
    const auto words = words_of(letter);
    expect_inside_and_apart(words, "recipient address");
    EXPECT_TRUE(has_word_on_a_later_page(words, "LAST"));
}

TEST_F(PdfReadbackBounds, FiveThousandCharacterWordInANameBreaksInsideTheMargins) {
    auto letter = typical();
    letter.printed_name = repeated("W", 5000) + " LAST";
    letter.sender_lines[0] = repeated("Z", 5000);
    expect_inside_and_apart(words_of(letter), "long word");
}

TEST_F(PdfReadbackBounds, SeventyKilobyteTextPrintsWithoutALibharuError) {
    auto letter = typical();
    letter.body_paragraphs[0] = repeated("Nguyễn ", 10000) + "LAST";  // 80,000 bytes
    const auto words = words_of(letter);
    expect_inside_and_apart(words, "70 KB paragraph");
    EXPECT_TRUE(has_word_on_a_later_page(words, "LAST"));
}

// Zero-width marks take no room: only the line's length in characters bounds them.
TEST_F(PdfReadbackBounds, SeventyKilobytesOfStackedAccentsPrintWithoutALibharuError) {
    auto letter = typical();
    letter.printed_name = "e" + repeated("\xCC\x81", 35000) + " LAST";
    const auto words = words_of(letter);
    expect_inside_and_apart(words, "stacked accents");
    EXPECT_FALSE(words.empty());
}

TEST_F(PdfReadbackBounds, LongNamesInOtherScriptsBreakInsideTheMargins) {
    auto letter = typical();
    letter.printed_name = repeated("王", 300) + " " + repeated("محمد ", 60) + repeated("שרה ", 60);
    letter.sender_lines = {repeated("김민준", 200)};
    expect_inside_and_apart(words_of(letter), "other scripts");
}

}  // namespace
}  // namespace kiosk::pdf
