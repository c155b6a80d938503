#include "pdf/to_unicode_cmap.h"

#include <algorithm>
#include <vector>

#include <utf8proc.h>  // Debian: libutf8proc-dev

namespace kiosk::pdf {

namespace {

bool is_arabic_presentation_form(char32_t c) { return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF); }

// What a reader should extract for the code `c`.
std::u32string text_of(char32_t c) {
    if (!is_arabic_presentation_form(c)) return std::u32string(1, c);
    utf8proc_int32_t letters[8];
    int boundary = 0;
    const utf8proc_ssize_t count = utf8proc_decompose_char(
        static_cast<utf8proc_int32_t>(c), letters, 8,
        static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT), &boundary);
    if (count <= 0 || count > 8) return std::u32string(1, c);
    return std::u32string(letters, letters + count);
}

// `<XXXX...>`: the text in UTF-16BE, as a CMap's destination string is.
std::string utf16_hex(const std::u32string& text) {
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string out = "<";
    auto add = [&](char32_t unit) {
        for (int shift = 12; shift >= 0; shift -= 4) out += digits[(unit >> shift) & 0xF];
    };
    for (char32_t c : text) {
        if (c > 0xFFFF) {
            add(0xD800 + ((c - 0x10000) >> 10));
            add(0xDC00 + ((c - 0x10000) & 0x3FF));
        } else {
            add(c);
        }
    }
    return out + ">";
}

}  // namespace

std::string to_unicode_cmap(const std::set<char32_t>& codes) {
    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n"
        "12 dict begin\n"
        "begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n"
        "/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    std::vector<char32_t> mapped;
    for (char32_t c : codes) {
        if (c <= 0xFFFF) mapped.push_back(c);
    }
    // A CMap section holds at most 100 entries.
    for (std::size_t start = 0; start < mapped.size(); start += 100) {
        const std::size_t end = std::min(mapped.size(), start + 100);
        cmap += std::to_string(end - start) + " beginbfchar\n";
        for (std::size_t i = start; i < end; ++i) {
            cmap += utf16_hex(std::u32string(1, mapped[i])) + " " + utf16_hex(text_of(mapped[i])) + "\n";
        }
        cmap += "endbfchar\n";
    }
    cmap +=
        "endcmap\n"
        "CMapName currentdict /CMap defineresource pop\n"
        "end\n"
        "end\n";
    return cmap;
}

}  // namespace kiosk::pdf
