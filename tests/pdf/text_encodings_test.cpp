#include <gtest/gtest.h>

#include <cstdio>

#include "pdf/text_encodings.h"

namespace kiosk::pdf {
namespace {

std::string encoding_of(const EncodedPiece& piece) {
    return piece.encoding < 0 ? unicode_encoding : single_byte_encodings().at(piece.encoding);
}

TEST(TextEncodings, LatinOneTextIsOnePieceOfCp1252) {
    const auto pieces = TextEncodings{}.encode("José Núñez-Ødegård “quoted” — ¿sí? €5");
    ASSERT_EQ(pieces.size(), 1u);
    EXPECT_EQ(encoding_of(pieces[0]), "CP1252");
    EXPECT_EQ(pieces[0].bytes, "Jos\xE9 N\xFA\xF1" "ez-\xD8" "deg\xE5rd \x93quoted\x94 \x97 \xBFs\xED? \x80" "5");
}

TEST(TextEncodings, CentralEuropeanNameStaysOnePiece) {
    const auto pieces = TextEncodings{}.encode("Dear Łukasz, Łódź");
    ASSERT_EQ(pieces.size(), 2u);
    EXPECT_EQ(encoding_of(pieces[0]), "CP1252");
    EXPECT_EQ(pieces[0].bytes, "Dear ");
    EXPECT_EQ(encoding_of(pieces[1]), "CP1250");
    EXPECT_EQ(pieces[1].bytes, "\xA3ukasz, \xA3\xF3" "d\x9F");
}

// Letters a visitor can type with the kiosk keyboard's accents print through a
// single-byte encoding (fast); the few Latin Extended-A letters that no Windows or
// ISO 8859 code page carries take the UTF-8 path (slower, still printed).
TEST(TextEncodings, LatinExtendedAFallsBackToUtf8OnlyWhereNoCodePageHasIt) {
    TextEncodings encodings;
    std::string through_utf8;
    for (char32_t c = 0x100; c <= 0x17F; ++c) {
        std::string utf8;
        utf8 += static_cast<char>(0xC0 | (c >> 6));
        utf8 += static_cast<char>(0x80 | (c & 0x3F));
        const auto pieces = encodings.encode(utf8);
        ASSERT_EQ(pieces.size(), 1u);
        if (pieces[0].encoding < 0) {
            char hex[8];
            std::snprintf(hex, sizeof hex, " %04X", static_cast<unsigned>(c));
            through_utf8 += hex;
        }
    }
    EXPECT_EQ(through_utf8, " 0114 0115 012C 012D 0132 0133 013F 0140 0149 014E 014F 017F");
}

TEST(TextEncodings, ReplacementCharacterFallsBackToUtf8) {
    const auto pieces = TextEncodings{}.encode("a\xEF\xBF\xBD" "b");
    ASSERT_EQ(pieces.size(), 3u);
    EXPECT_EQ(encoding_of(pieces[1]), "UTF-8");
    EXPECT_EQ(pieces[1].bytes, "\xEF\xBF\xBD");
}

}  // namespace
}  // namespace kiosk::pdf
