// libharu must be able to embed the letter fonts whatever glyphs a letter uses. The
// soak found a letter it could not save ("libharu error 0x1033": the build-time font
// subsets had no hinting, which libharu 2.3 mishandles for some glyph sets); this
// writes that letter and a few hundred with random names and towns, in every language.
#include <random>
#include <string>

#include <gtest/gtest.h>

#include "content/pack_loader.h"
#include "letter/font_set.h"
#include "letter/letter_composer.h"
#include "letter/letter_layout_engine.h"
#include "pdf/pdf_writer.h"

namespace kiosk::pdf {
namespace {

class FontEmbedding : public ::testing::Test {
protected:
    void SetUp() override {
        auto pack = content::load_pack(DEFAULT_CONTENT_DIR);
        ASSERT_TRUE(pack);
        pack_ = std::move(*pack);
        auto fonts = letter::find_fonts();
        ASSERT_TRUE(fonts) << fonts.error();
        fonts_ = *fonts;
    }

    // Empty when the letter was written; else why not.
    std::string write(const std::string& recipient, const std::string& language, const std::string& name,
                      const std::string& town) {
        letter::LetterRequest request;
        request.recipient_id = recipient;
        request.state_id = "KS";
        request.county = "Coffey County";
        request.reason_ids = {"caregiver-death"};
        request.language = language;
        request.sender.name = name;
        request.sender.address_lines = {"x", town + ", KS"};
        request.sender.town = town;
        auto composed = letter::compose_letter(pack_, request);
        if (!composed) return composed.error();
        static auto engine = letter::LetterLayoutEngine::create(fonts_).value();
        const auto layout = engine.lay_out(*composed, content::PaperSize::Letter);
        auto pdf = PdfWriter(fonts_).try_write(layout);
        return pdf ? "" : pdf.error();
    }

    content::Pack pack_;
    letter::FontSet fonts_;
};

TEST_F(FontEmbedding, TheLetterTheSoakFoundIsWritten) {
    EXPECT_EQ(write("president", "es", "Soak B", "Bfuilztown"), "");
}

TEST_F(FontEmbedding, LettersWithRandomNamesAndTownsAreAllWritten) {
    std::mt19937 random(11);
    const std::string letters = "abcdefghijklmnopqrstuvwxyzáéíóúñü";
    auto word = [&](std::size_t length) {
        std::string text;
        for (std::size_t i = 0; i < length; ++i) {
            std::size_t at = random() % 33;
            text += at < 26 ? letters.substr(at, 1) : letters.substr(26 + (at - 26) * 2, 2);
        }
        return text;
    };
    for (int i = 0; i < 300; ++i) {
        const std::string name = "S" + word(1 + random() % 6) + " " + word(1 + random() % 9);
        const std::string town = "T" + word(3 + random() % 10);
        for (const char* language : {"en", "es"}) {
            for (const char* recipient : {"president", "sheriff"}) {
                EXPECT_EQ(write(recipient, language, name, town), "") << recipient << " " << language << " " << name << ", " << town;
            }
        }
    }
}

}  // namespace
}  // namespace kiosk::pdf
