// Names in any script, and the invisible characters a keyboard or a copied text
// brings, as the layout engine places them.
#include <gtest/gtest.h>

#include "letter/letter_composer.h"
#include "test_engine.h"
#include "test_pack.h"

namespace kiosk::letter {
namespace {

class LayoutScriptsTest : public ::testing::Test {
protected:
    // The runs of the printed name's line, left to right.
    static std::vector<TextRun> name_runs(const std::string& name) {
        auto letter = *compose_letter(testing::test_pack(), testing::typical_request());
        letter.printed_name = name;
        const LetterLayout layout = testing::test_engine().lay_out(letter, content::PaperSize::Letter);
        // The name is the last line of the letter, below the signature's label.
        float baseline = 0.f;
        for (const auto& run : layout.pages.back().runs) {
            if (run.size == 10.f) baseline = std::max(baseline, run.baseline);
        }
        std::vector<TextRun> runs;
        for (const auto& run : layout.pages.back().runs) {
            if (run.baseline == baseline) runs.push_back(run);
        }
        return runs;
    }

    static std::string text_of(const std::vector<TextRun>& runs) {
        std::string text;
        for (const auto& run : runs) text += run.text;
        return text;
    }

};

TEST_F(LayoutScriptsTest, ZeroWidthAndControlCharactersAreDropped) {
    // ZWSP, soft hyphen, BOM, BEL, word joiner, NEL, variation selector, DEL.
    const auto runs = name_runs("\xEF\xBB\xBF" "An\xE2\x80\x8B" "a\xC2\xAD \x07Li\xE2\x81\xA0\xC2\x85" "Wu\xEF\xB8\x8F\x7F");
    EXPECT_EQ(text_of(runs), "Ana Li Wu");
}

TEST_F(LayoutScriptsTest, TabsAndLineBreaksInsideATextAreSpaces) {
    const auto runs = name_runs("Ana\tMaria\nLi\xE2\x80\xA8Wu");
    EXPECT_EQ(text_of(runs), "Ana Maria Li Wu");
}

TEST_F(LayoutScriptsTest, CombiningAccentsAreComposedAndPrintedNotBoxed) {
    // "Nguyễn" typed as e + combining circumflex + combining tilde.
    const auto runs = name_runs("Nguye\xCC\x82\xCC\x83n Th\xE1\xBB\x8B");
    EXPECT_EQ(text_of(runs), "Nguyễn Thị");
    EXPECT_EQ(text_of(runs).find("\xEF\xBF\xBD"), std::string::npos);
}

TEST_F(LayoutScriptsTest, HebrewNameComesOutInDrawingOrderInAFallbackFont) {
    const auto runs = name_runs("שרה כהן");
    ASSERT_FALSE(runs.empty());
    EXPECT_EQ(text_of(runs), "ןהכ הרש");  // drawn left to right: the last letter first
    EXPECT_FALSE(runs.front().font.empty()) << "the letter's serif has no Hebrew";
}

TEST_F(LayoutScriptsTest, ArabicNameIsJoinedAndComesOutInDrawingOrder) {
    const auto runs = name_runs("محمد");
    // Meem initial, hah medial, meem medial, dal final; drawn right to left.
    EXPECT_EQ(text_of(runs), "\uFEAA\uFEE4\uFEA4\uFEE3");
    ASSERT_FALSE(runs.empty());
    EXPECT_FALSE(runs.front().font.empty());
}

TEST_F(LayoutScriptsTest, LamAlefBecomesItsLigature) {
    EXPECT_EQ(text_of(name_runs("لا")), "\uFEFB");
}

TEST_F(LayoutScriptsTest, ChineseNamePrintsInAFallbackFontThatLibharuCanEmbed) {
    const auto runs = name_runs("王小明");
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs[0].text, "王小明");
    EXPECT_FALSE(runs[0].font.empty());
    EXPECT_EQ(runs[0].font.path.find("NotoSansCJK"), std::string::npos) << "a CFF font libharu cannot embed";
}

TEST_F(LayoutScriptsTest, LatinNameNeedsNoFallbackFont) {
    const auto runs = name_runs("José Núñez-Ødegård");
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_TRUE(runs[0].font.empty());
}

TEST_F(LayoutScriptsTest, MixedScriptsSwitchFontsWithinTheLine) {
    const auto runs = name_runs("Ana 王");
    ASSERT_EQ(runs.size(), 2u);
    EXPECT_EQ(runs[0].text, "Ana ");
    EXPECT_EQ(runs[1].text, "王");
    EXPECT_GT(runs[1].x, runs[0].x);
}

TEST_F(LayoutScriptsTest, RightToLeftOverrideIsHonouredThenDropped) {
    EXPECT_EQ(text_of(name_runs("\xE2\x80\xAE" "abc\xE2\x80\xAC")), "cba");
}

TEST_F(LayoutScriptsTest, EmojiStaysAVisibleBox) {
    EXPECT_EQ(text_of(name_runs("Ana \xF0\x9F\x98\x80")), "Ana \xEF\xBF\xBD");
}

}  // namespace
}  // namespace kiosk::letter
