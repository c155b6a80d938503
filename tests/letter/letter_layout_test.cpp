#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <sstream>

#include "letter/font_metrics.h"
#include "letter/font_set.h"
#include "letter/letter_composer.h"
#include "letter/letter_layout_engine.h"
#include "letter/utf8.h"
#include "test_pack.h"

namespace kiosk::letter {
namespace {

constexpr float inch = 72.f;

class LetterLayoutTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        auto fonts = find_fonts();
        ASSERT_TRUE(fonts) << fonts.error();
        auto created = LetterLayoutEngine::create(*fonts);
        ASSERT_TRUE(created) << created.error();
        engine_ = new LetterLayoutEngine(std::move(*created));
    }
    static void TearDownTestSuite() { delete engine_; }

    static LetterLayout lay_out(const LetterRequest& request, content::PaperSize paper = content::PaperSize::Letter) {
        const auto letter = compose_letter(testing::test_pack(), request);
        EXPECT_TRUE(letter) << letter.error();
        return engine_->lay_out(*letter, paper);
    }

    static LetterLayout lay_out(const ComposedLetter& letter) { return engine_->lay_out(letter, content::PaperSize::Letter); }

    static const TextRun* find_run(const LetterLayout& layout, const std::string& text, std::size_t* page = nullptr) {
        for (std::size_t p = 0; p < layout.pages.size(); ++p) {
            for (const auto& run : layout.pages[p].runs) {
                if (run.text == text) {
                    if (page) *page = p;
                    return &run;
                }
            }
        }
        return nullptr;
    }

    static ComposedLetter long_letter() {
        auto letter = *compose_letter(testing::test_pack(), testing::typical_request());
        const std::string sentence = "Every day of delay puts more people at risk of serious illness. ";
        std::string paragraph;
        for (int i = 0; i < 6; ++i) paragraph += sentence;
        for (int i = 0; i < 7; ++i) letter.body_paragraphs.push_back(paragraph);
        return letter;
    }

    // Every word of the layout's text, page after page, in reading order.
    static std::vector<std::string> words(const LetterLayout& layout) {
        std::vector<std::string> out;
        for (const auto& page : layout.pages) {
            for (const auto& run : page.runs) {
                std::istringstream in(run.text);
                for (std::string word; in >> word;) out.push_back(word);
            }
        }
        return out;
    }

    static LetterLayoutEngine* engine_;
};

LetterLayoutEngine* LetterLayoutTest::engine_ = nullptr;

TEST_F(LetterLayoutTest, TypicalLetterFitsOnOnePage) {
    const auto layout = lay_out(testing::typical_request());
    EXPECT_EQ(layout.pages.size(), 1u);
    EXPECT_FLOAT_EQ(layout.page_width, 612.f);
    EXPECT_FLOAT_EQ(layout.page_height, 792.f);
}

TEST_F(LetterLayoutTest, A4PagesAreA4) {
    const auto layout = lay_out(testing::typical_request(), content::PaperSize::A4);
    EXPECT_FLOAT_EQ(layout.page_width, 595.f);
    EXPECT_FLOAT_EQ(layout.page_height, 842.f);
}

TEST_F(LetterLayoutTest, RecipientAddressShowsThroughAWindowEnvelope) {
    const auto layout = lay_out(testing::typical_request());
    // #10 window: 2.04-3.17 in from the top of a letter folded in thirds resting on
    // its fold, 0.875 in from the left of the envelope, 4.5 in wide; the letter may
    // slide 1 in sideways.
    for (const std::string line : {"Mike Kehoe", "Governor of Missouri", "Jefferson City, MO 65102"}) {
        const TextRun* run = find_run(layout, line);
        ASSERT_NE(run, nullptr) << line;
        EXPECT_GE(run->baseline - run->size, 2.04f * inch) << line;
        EXPECT_LE(run->baseline + 0.25f * run->size, 3.17f * inch) << line;
        EXPECT_GE(run->x, 0.875f * inch) << line;
    }
    const TextRun* first = find_run(layout, "Mike Kehoe");
    EXPECT_LE(first->baseline, 2.35f * inch) << "the block starts at the window's top, leaving room for long addresses";
}

TEST_F(LetterLayoutTest, EverythingStaysInsideSafeMargins) {
    for (const auto& layout : {lay_out(testing::typical_request()), lay_out(long_letter())}) {
        for (const auto& page : layout.pages) {
            for (const auto& run : page.runs) {
                EXPECT_GE(run.x, 0.75f * inch) << run.text;
                // 0.93 em: the fonts' ascent, the top of the tallest accented capital.
                EXPECT_GE(run.baseline - 0.93f * run.size, 0.75f * inch - 0.01f) << run.text;
                EXPECT_LE(run.baseline, layout.page_height - 0.75f * inch) << run.text;
                EXPECT_LE(run.x + run.size * 0.6f * run.text.size(), layout.page_width + 3 * inch) << run.text;
            }
            for (const auto& rule : page.rules) {
                EXPECT_GE(std::min(rule.x1, rule.x2), 0.75f * inch);
                EXPECT_LE(std::max(rule.x1, rule.x2), layout.page_width - 0.75f * inch);
            }
        }
    }
}

TEST_F(LetterLayoutTest, LongLetterFlowsToPageTwoWithARunningHeader) {
    const auto layout = lay_out(long_letter());
    ASSERT_EQ(layout.pages.size(), 2u);
    std::size_t page = 0;
    const TextRun* number = find_run(layout, "Page 2", &page);
    ASSERT_NE(number, nullptr);
    EXPECT_EQ(page, 1u);
    EXPECT_NE(find_run(layout, "Governor of Missouri \u00B7 November 25, 2026", &page), nullptr);
    EXPECT_EQ(page, 1u);
}

TEST_F(LetterLayoutTest, ClosingNeverStandsAloneOnAPage) {
    // Grow the letter a sentence at a time so the page break falls at every point
    // near the closing; the closing must always share its page with body text.
    auto letter = *compose_letter(testing::test_pack(), testing::typical_request());
    for (int extra = 0; extra < 40; ++extra) {
        letter.body_paragraphs.push_back("One more sentence to move the page break a line further down the page.");
        const auto layout = lay_out(letter);
        std::size_t closing_page = 0;
        ASSERT_NE(find_run(layout, "Sincerely,", &closing_page), nullptr);
        const bool body_on_that_page = std::any_of(
            layout.pages[closing_page].runs.begin(), layout.pages[closing_page].runs.end(),
            [](const TextRun& run) { return run.text.rfind("One more sentence", 0) == 0; });
        EXPECT_TRUE(body_on_that_page || closing_page == 0) << "with " << extra << " extra paragraphs";
    }
}

TEST_F(LetterLayoutTest, LinesAreWrappedToTheTextWidth) {
    const auto layout = lay_out(long_letter());
    std::size_t body_lines = 0;
    for (const auto& page : layout.pages) {
        for (const auto& run : page.runs) {
            if (run.text.find("Every day") == std::string::npos && run.text.find("illness") == std::string::npos) continue;
            ++body_lines;
            EXPECT_FLOAT_EQ(run.x, 1.f * inch);
        }
    }
    EXPECT_GT(body_lines, 30u);
}

TEST_F(LetterLayoutTest, UnknownAddressGetsOfficeLineAndALabelledLineForEachPart) {
    auto request = testing::typical_request();
    request.recipient_id = "sheriff";
    request.county = "Boone County";
    for (const std::string language : {"en", "es"}) {
        request.language = language;
        const auto layout = lay_out(request);
        const TextRun* office = find_run(layout, language == "en" ? "Sheriff of Boone County" : "Alguacil del condado Boone County");
        ASSERT_NE(office, nullptr);
        const auto& rules = layout.pages[0].rules;
        const auto composed = compose_letter(testing::test_pack(), request);
        ASSERT_EQ(composed->address_labels.size(), 2u);
        for (const std::string& label : composed->address_labels) {
            const TextRun* run = find_run(layout, label + ":");
            ASSERT_NE(run, nullptr) << label;
            EXPECT_EQ(run->x, office->x);
            EXPECT_GT(run->baseline, office->baseline);
            EXPECT_LT(run->baseline, 3.1f * inch) << "inside the envelope's window";
            // A ruled line to write on, on the label's line, starting after it, at least 1.25 inches long.
            const bool ruled = std::any_of(rules.begin(), rules.end(), [&](const Rule& rule) {
                return rule.y1 == rule.y2 && std::abs(rule.y1 - run->baseline) < 2.f && rule.x1 > run->x &&
                       rule.x2 - rule.x1 >= 1.25f * inch;
            });
            EXPECT_TRUE(ruled) << label;
        }
    }
}

// A label too long to leave room to write after it gets its line below.
TEST_F(LetterLayoutTest, ALongAddressLabelGetsItsLineBelow) {
    auto pack = testing::test_pack();
    pack.strings["en"]["letter.address.city"] = "City, state and ZIP code of the office, as printed on its web page";
    auto request = testing::typical_request();
    request.recipient_id = "sheriff";
    request.county = "Boone County";
    const auto composed = compose_letter(pack, request);
    ASSERT_TRUE(composed) << composed.error();
    const auto layout = lay_out(*composed);
    const auto& runs = layout.pages[0].runs;
    const auto label = std::find_if(runs.begin(), runs.end(),
                                    [](const TextRun& run) { return run.text.rfind("City, state and ZIP", 0) == 0; });
    ASSERT_NE(label, runs.end());
    const auto& rules = layout.pages[0].rules;
    const bool below = std::any_of(rules.begin(), rules.end(), [&](const Rule& rule) {
        return rule.y1 == rule.y2 && rule.y1 > label->baseline + 10.f && rule.x1 == label->x;
    });
    EXPECT_TRUE(below);
}

TEST_F(LetterLayoutTest, NoNameLeavesALineToPrintItByHand) {
    auto request = testing::typical_request();
    request.sender = {};
    const auto layout = lay_out(request);
    EXPECT_NE(find_run(layout, "Printed name"), nullptr);
    EXPECT_EQ(find_run(layout, "José Núñez-Ødegård"), nullptr);
}

TEST_F(LetterLayoutTest, CharacterTheFontLacksBecomesTheReplacementCharacter) {
    auto letter = *compose_letter(testing::test_pack(), testing::typical_request());
    letter.printed_name = "Ana \xF0\x9F\x98\x80 Li";  // an emoji: beyond what libharu can print (UCS-2)
    letter.sender_lines = {"\xFF broken byte"};
    const auto layout = lay_out(letter);
    const TextRun* name = find_run(layout, "Ana \xEF\xBF\xBD Li");
    const TextRun* broken = find_run(layout, "\xEF\xBF\xBD broken byte");
    EXPECT_NE(name, nullptr);
    EXPECT_NE(broken, nullptr);
}

TEST_F(LetterLayoutTest, ReflowedLetterSaysTheSameWordsInOneColumnPage) {
    const auto letter = *compose_letter(testing::test_pack(), testing::typical_request());
    const auto paper = lay_out(letter);
    const auto column = engine_->reflow(letter, 240.f);
    ASSERT_EQ(paper.pages.size(), 1u);
    ASSERT_EQ(column.pages.size(), 1u);
    EXPECT_FLOAT_EQ(column.page_width, 240.f);
    // As long as the letter: it ends just below its last line.
    float lowest = 0.f;
    for (const auto& run : column.pages[0].runs) lowest = std::max(lowest, run.baseline);
    EXPECT_LE(lowest, column.page_height);
    EXPECT_GT(lowest, column.page_height - 20.f);
    // The same words in the same order; only the lines break elsewhere.
    EXPECT_EQ(words(column), words(paper));
}

TEST_F(LetterLayoutTest, ReflowedLinesStayInsideTheColumn) {
    const auto metrics = FontMetrics::load(engine_->fonts());
    ASSERT_TRUE(metrics) << metrics.error();
    auto request = testing::typical_request();
    request.recipient_id = "sheriff";  // an address to write by hand: ruled lines too
    request.county = "Boone County";
    const auto letter = *compose_letter(testing::test_pack(), request);
    for (const float column : {180.f, 240.f, 400.f}) {
        const auto layout = engine_->reflow(letter, column);
        ASSERT_EQ(layout.pages.size(), 1u);
        for (const auto& run : layout.pages[0].runs) {
            const float width = metrics->width(decode_utf8(run.text), run.style, run.size);
            EXPECT_GE(run.x, 0.f) << run.text;
            EXPECT_LE(run.x + width, column + 0.01f) << column << ": " << run.text;
            EXPECT_LE(run.baseline, layout.page_height) << run.text;
        }
        for (const auto& rule : layout.pages[0].rules) EXPECT_LE(std::max(rule.x1, rule.x2), column + 0.01f);
    }
}

TEST_F(LetterLayoutTest, LayoutSaysWhenTheAddressIsLeftToWriteByHand) {
    auto request = testing::typical_request();
    EXPECT_FALSE(lay_out(request).address_by_hand);
    request.recipient_id = "sheriff";
    request.county = "Boone County";
    EXPECT_TRUE(lay_out(request).address_by_hand);
}

}  // namespace
}  // namespace kiosk::letter
