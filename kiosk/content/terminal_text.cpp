#include "content/terminal_text.h"

#include <utf8.h>

#include <cstdint>
#include <cstdio>

namespace kiosk::content {

namespace {

bool is_hidden_control(std::uint32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

}  // namespace

std::string terminal_safe(std::string_view text) {
    std::string safe;
    safe.reserve(text.size());
    char escape[12];
    auto at = text.begin();
    while (at != text.end()) {
        const auto start = at;
        std::uint32_t c = 0;
        // utf8cpp's public decoder throws on a bad byte; this one says so and stays put.
        if (utf8::internal::validate_next(at, text.end(), c) != utf8::internal::UTF8_OK) {
            std::snprintf(escape, sizeof escape, "\\x%02X", static_cast<unsigned char>(*start));
            safe += escape;
            at = start + 1;
            continue;
        }
        if (is_hidden_control(c)) {
            std::snprintf(escape, sizeof escape, "\\u%04X", static_cast<unsigned>(c));
            safe += escape;
        } else {
            safe.append(start, at);
        }
    }
    return safe;
}

}  // namespace kiosk::content
