#include "letter/visible_characters.h"

#include <algorithm>
#include <cstdlib>
#include <memory>

#include <utf8proc.h>  // Debian: libutf8proc-dev

#include "letter/utf8.h"

namespace kiosk::letter {

namespace {

enum class Role { Printed, Space, Format, Dropped };

Role role_of(char32_t c) {
    if (c < 0x80) {
        if (c == U'\t' || c == U'\n' || c == U'\r' || c == U'\v' || c == U'\f') return Role::Space;
        return c < 0x20 || c == 0x7F ? Role::Dropped : Role::Printed;
    }
    if (is_format_character(c)) return Role::Format;
    if (c == 0x85 || c == 0x2028 || c == 0x2029) return Role::Space;
    const utf8proc_property_t* property = utf8proc_get_property(static_cast<utf8proc_int32_t>(c));
    if (property->category == UTF8PROC_CATEGORY_CC || property->ignorable) return Role::Dropped;
    return Role::Printed;
}

// Composition can only start at a combining mark (U+0300 up) or a Hangul jamo.
bool may_need_composing(const std::u32string& text) {
    return std::any_of(text.begin(), text.end(), [](char32_t c) { return c >= 0x300; });
}

std::u32string composed(const std::u32string& text) {
    const std::string bytes = encode_utf8(text);
    utf8proc_uint8_t* result = nullptr;
    const utf8proc_ssize_t length =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(bytes.data()), static_cast<utf8proc_ssize_t>(bytes.size()),
                     &result, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned{result, &std::free};
    if (length < 0) return text;
    return decode_utf8(std::string_view{reinterpret_cast<const char*>(result), static_cast<std::size_t>(length)});
}

}  // namespace

bool is_format_character(char32_t c) {
    return c == 0x061C || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

std::u32string visible_text(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    for (char32_t c : decode_utf8(text)) {
        switch (role_of(c)) {
            case Role::Printed:
            case Role::Format: out.push_back(c); break;
            case Role::Space: out.push_back(U' '); break;
            case Role::Dropped: break;
        }
    }
    return may_need_composing(out) ? composed(out) : out;
}

void drop_format_characters(std::u32string& text) {
    text.erase(std::remove_if(text.begin(), text.end(), is_format_character), text.end());
}

}  // namespace kiosk::letter
