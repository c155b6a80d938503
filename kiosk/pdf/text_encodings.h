// Which font encoding prints each character. libharu 2.3 builds a 65,536-entry
// width table, glyph map and ToUnicode CMap for every font used with its "UTF-8"
// encoder: about 1.2 ms and a 128 KB stream to compress, per font, per letter.
// A 256-code Windows/ISO encoding of the same embedded font costs almost nothing,
// so text is split into pieces, each printed with the first single-byte encoding
// that has all its characters (CP1252 covers Latin-1 and curly quotes and dashes;
// CP1250, CP1254, CP1257, ISO8859-3, -4 and -14 cover nearly all of Latin
// Extended-A); only characters none of them has (U+FFFD, rare symbols) fall back
// to the "UTF-8" encoding. All of them share one embedded copy of the font file.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kiosk::pdf {

// Names as libharu knows them (HPDF_GetEncoder).
const std::vector<const char*>& single_byte_encodings();
inline constexpr const char* unicode_encoding = "UTF-8";

struct EncodedPiece {
    int encoding = -1;  // index into single_byte_encodings(); -1: unicode_encoding
    std::string bytes;  // in that encoding (UTF-8 for -1)
};

class TextEncodings {
public:
    // Reads the code tables of single_byte_encodings() from libharu.
    TextEncodings();

    // `text` (UTF-8) cut into the fewest pieces, in order.
    std::vector<EncodedPiece> encode(std::string_view text) const;

private:
    // For each character, its byte in each single-byte encoding (-1: not there).
    std::unordered_map<char32_t, std::vector<short>> codes_;
};

}  // namespace kiosk::pdf
