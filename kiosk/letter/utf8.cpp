#include "letter/utf8.h"

#include <iterator>

#include <utf8.h>  // utf8cpp (Debian: libutfcpp-dev)

namespace kiosk::letter {

std::u32string decode_utf8(std::string_view text) {
    std::string valid;
    valid.reserve(text.size());
    utf8::replace_invalid(text.begin(), text.end(), std::back_inserter(valid), replacement_character);
    std::u32string out;
    out.reserve(valid.size());
    utf8::unchecked::utf8to32(valid.begin(), valid.end(), std::back_inserter(out));
    return out;
}

std::string encode_utf8(std::u32string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char32_t code_point : text) {
        // Lone surrogates and values past U+10FFFF cannot be encoded: print U+FFFD.
        const bool encodable = code_point <= 0x10FFFF && (code_point < 0xD800 || code_point > 0xDFFF);
        utf8::unchecked::append(encodable ? code_point : replacement_character, std::back_inserter(out));
    }
    return out;
}

}  // namespace kiosk::letter
