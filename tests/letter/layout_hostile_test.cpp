// Hostile shapes of every field the layout engine places — a visitor's name, street,
// town and ZIP, a pack's recipient address, reasons and fixed words: each wraps or is
// cut inside the margins, nothing prints over anything else, and what does not fit
// continues on the next page.
#include <gtest/gtest.h>

#include <functional>

#include "layout_bounds.h"
#include "letter/letter_composer.h"
#include "test_engine.h"
#include "test_pack.h"

namespace kiosk::letter {
namespace {

struct Shape {
    const char* name;
    std::function<std::string()> text;
};

using testing::repeated;

// Each ends with the word "LAST", so a test can see the end was printed.
const std::vector<Shape>& shapes() {
    static const std::vector<Shape> all{
        {"10,000 characters in words", [] { return repeated("Westminster ", 833) + "LAST"; }},
        {"a 5,000-character word", [] { return repeated("W", 5000) + " LAST"; }},
        {"70,000 bytes of Vietnamese", [] { return repeated("Nguyễn ", 8750) + "LAST"; }},
        {"3,000 Arabic letters in words", [] { return repeated("محمد عبد الله ", 250) + "LAST"; }},
        {"5,000 Chinese characters without a space", [] { return repeated("王", 5000) + " LAST"; }},
        {"a 2,000-mark grapheme cluster", [] { return "e" + repeated("\xCC\x81", 2000) + " LAST"; }},
    };
    return all;
}

class LayoutHostileTest : public ::testing::Test {
protected:
    // Lays the letter out on Letter and A4 paper and in a reading column, and checks each.
    static void expect_sound(const ComposedLetter& letter, const std::string& what) {
        for (const auto paper : {content::PaperSize::Letter, content::PaperSize::A4}) {
            const LetterLayout layout = testing::test_engine().lay_out(letter, paper);
            for (const auto& problem : testing::layout_problems(layout, testing::test_metrics())) ADD_FAILURE() << what << ": " << problem;
            EXPECT_TRUE(prints(layout, "LAST")) << what << ": the end of the text is missing";
        }
        const LetterLayout column = testing::test_engine().reflow(letter, 300.f);
        for (const auto& problem : testing::layout_problems(column, testing::test_metrics(), {10.f, 10.f, 10.f})) {
            ADD_FAILURE() << what << " (reading column): " << problem;
        }
    }

    static bool prints(const LetterLayout& layout, const std::string& word) {
        for (const auto& page : layout.pages) {
            for (const auto& run : page.runs) {
                if (run.text.find(word) != std::string::npos) return true;
            }
        }
        return false;
    }

    static ComposedLetter typical() { return *compose_letter(testing::test_pack(), testing::typical_request()); }

    // Every shape in the field that `put` fills, through the composer.
    static void expect_every_shape_sound(const char* field, const std::function<void(LetterRequest&, const std::string&)>& put) {
        for (const auto& shape : shapes()) {
            LetterRequest request = testing::typical_request();
            put(request, shape.text());
            const auto letter = compose_letter(testing::test_pack(), request);
            ASSERT_TRUE(letter) << letter.error();
            expect_sound(*letter, std::string{field} + ", " + shape.name);
        }
    }

    // Every shape in a field of the composed letter (what a content pack provides).
    static void expect_every_shape_sound(const char* field, const std::function<void(ComposedLetter&, const std::string&)>& put) {
        for (const auto& shape : shapes()) {
            ComposedLetter letter = typical();
            put(letter, shape.text());
            expect_sound(letter, std::string{field} + ", " + shape.name);
        }
    }

};

using Request = std::function<void(LetterRequest&, const std::string&)>;
using Letter = std::function<void(ComposedLetter&, const std::string&)>;

TEST_F(LayoutHostileTest, SenderNameOfAnyShapeStaysInsideAndApart) {
    expect_every_shape_sound("sender name", Request{[](LetterRequest& r, const std::string& s) { r.sender.name = s; }});
}

TEST_F(LayoutHostileTest, SenderStreetOfAnyShapeStaysInsideAndApart) {
    expect_every_shape_sound("street", Request{[](LetterRequest& r, const std::string& s) { r.sender.address_lines[0] = s; }});
}

TEST_F(LayoutHostileTest, SenderTownAndZipOfAnyShapeStayInsideAndApart) {
    expect_every_shape_sound("town line", Request{[](LetterRequest& r, const std::string& s) { r.sender.address_lines[1] = s + ", MO 65201"; }});
    expect_every_shape_sound("ZIP", Request{[](LetterRequest& r, const std::string& s) { r.sender.address_lines[1] = "Columbia, MO " + s; }});
    expect_every_shape_sound("town", Request{[](LetterRequest& r, const std::string& s) { r.sender.town = s; }});
}

TEST_F(LayoutHostileTest, SixLongSenderLinesStayInsideAndApart) {
    LetterRequest request = testing::typical_request();
    request.sender.address_lines.assign(5, repeated("W", 2000) + " " + repeated("王", 500));
    request.sender.address_lines.push_back(repeated("محمد ", 400) + "LAST");
    expect_sound(*compose_letter(testing::test_pack(), request), "six long address lines");
}

TEST_F(LayoutHostileTest, RecipientAddressOfAnyShapeStaysInsideAndApart) {
    expect_every_shape_sound("recipient name", Letter{[](ComposedLetter& l, const std::string& s) { l.recipient_lines[0] = s; }});
    expect_every_shape_sound("recipient street", Letter{[](ComposedLetter& l, const std::string& s) { l.recipient_lines.back() = s; }});
    expect_every_shape_sound("unknown address", Letter{[](ComposedLetter& l, const std::string& s) {
        l.recipient_lines = {s};
        l.address_blank = true;
    }});
}

TEST_F(LayoutHostileTest, ReasonsSalutationAndClosingWordsOfAnyShapeStayInsideAndApart) {
    expect_every_shape_sound("reason", Letter{[](ComposedLetter& l, const std::string& s) { l.body_paragraphs[0] = s; }});
    expect_every_shape_sound("salutation", Letter{[](ComposedLetter& l, const std::string& s) { l.salutation = s; }});
    expect_every_shape_sound("closing", Letter{[](ComposedLetter& l, const std::string& s) { l.closing = s; }});
    expect_every_shape_sound("signature label", Letter{[](ComposedLetter& l, const std::string& s) { l.signature_label = s; }});
    expect_every_shape_sound("printed-name label", Letter{[](ComposedLetter& l, const std::string& s) {
        l.printed_name.clear();
        l.printed_name_label = s;
    }});
}

// Cut, not continued: a label, the running header and the footer are one line each
// (the own-words label two), so their end may be missing; they must still fit.
TEST_F(LayoutHostileTest, OneLineTextsOfAnyShapeAreCutInsideTheMargins) {
    for (const auto& shape : shapes()) {
        ComposedLetter letter = typical();
        letter.own_words_label = shape.text();
        letter.page_header = shape.text();
        letter.page_number = shape.text() + " {{page}}";
        letter.footer = shape.text();
        for (int i = 0; i < 8; ++i) letter.body_paragraphs.push_back(repeated("Every day of delay puts more at risk. ", 12));
        const LetterLayout layout = testing::test_engine().lay_out(letter, content::PaperSize::Letter);
        EXPECT_GE(layout.pages.size(), 2u);
        for (const auto& problem : testing::layout_problems(layout, testing::test_metrics())) ADD_FAILURE() << shape.name << ": " << problem;
    }
}

TEST_F(LayoutHostileTest, LongSenderAddressPushesTheRecipientDownInsteadOfOverprintingIt) {
    LetterRequest request = testing::typical_request();
    request.sender.address_lines = {repeated("Westminster ", 30) + "LAST"};  // 15 lines: past the window's top
    const auto letter = *compose_letter(testing::test_pack(), request);
    const LetterLayout layout = testing::test_engine().lay_out(letter, content::PaperSize::Letter);
    float sender_bottom = 0.f;
    float recipient_top = 0.f;
    for (const auto& run : layout.pages[0].runs) {
        if (run.text.find("Westminster") != std::string::npos || run.text == "LAST") sender_bottom = std::max(sender_bottom, run.baseline);
        if (run.text == "Mike Kehoe") recipient_top = run.baseline;
    }
    EXPECT_GT(sender_bottom, 2.1f * 72.f) << "the sender's block is longer than the room above the window";
    EXPECT_GT(recipient_top, sender_bottom) << "the recipient's block starts below the sender's";
    EXPECT_TRUE(testing::layout_problems(layout, testing::test_metrics()).empty());
}

}  // namespace
}  // namespace kiosk::letter
