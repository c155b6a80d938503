// Advance widths of the letter fonts, read once with FreeType so that word wrap
// measures exactly what the PDF and the screen will draw, and the choice of font for
// each character: the letter's own, else a fallback font (fallback_fonts.h), else the
// replacement character. Read-only after construction (the fallback fonts lock for
// themselves), so one instance can serve several threads.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include <tl/expected.hpp>

#include "letter/fallback_fonts.h"
#include "letter/font_set.h"
#include "letter/letter_layout.h"

namespace kiosk::letter {

class FontMetrics {
public:
    static tl::expected<FontMetrics, std::string> load(const FontSet& fonts);

    // How `c` is drawn in `style`.
    struct Glyph {
        char32_t character;  // `c`, or the replacement character when no font has it
        int font;            // -1: the letter's font; else a fallback font (fallback_file)
        float advance;       // em
    };
    Glyph glyph(char32_t c, FontStyle style) const;
    FontFile fallback_file(int font) const { return fallback_->file(font); }

    // Width in points of `text` at `size` points, each character measured in the font
    // that draws it; format characters (visible_characters.h) are zero-width.
    float width(std::u32string_view text, FontStyle style, float size) const;

private:
    struct Face {
        // Advance widths as a fraction of the em, for every character the font maps.
        std::unordered_map<char32_t, float> advance;
        char32_t replacement = U'?';
    };
    std::array<Face, 3> faces_;
    std::shared_ptr<const FallbackFonts> fallback_;

    const Face& face(FontStyle style) const { return faces_[static_cast<int>(style)]; }
};

}  // namespace kiosk::letter
