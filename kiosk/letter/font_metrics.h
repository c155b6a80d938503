// Advance widths of the letter fonts, read once with FreeType so that word wrap
// measures exactly what the PDF and the screen will draw. Read-only after
// construction, so one instance can serve several threads.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>

#include <tl/expected.hpp>

#include "letter/font_set.h"
#include "letter/letter_layout.h"

namespace kiosk::letter {

class FontMetrics {
public:
    static tl::expected<FontMetrics, std::string> load(const FontSet& fonts);

    // Width in points of `text` at `size` points. Characters the font lacks are
    // measured as the replacement character they will be drawn as.
    float width(std::u32string_view text, FontStyle style, float size) const;

    // `text` with every character the font lacks replaced by U+FFFD (or "?" when the
    // font has no U+FFFD either), so nothing drawn is silently missing.
    std::u32string printable(std::u32string_view text, FontStyle style) const;

private:
    struct Face {
        // Advance widths as a fraction of the em, for every character the font maps.
        std::unordered_map<char32_t, float> advance;
        char32_t replacement = U'?';
    };
    std::array<Face, 3> faces_;

    const Face& face(FontStyle style) const { return faces_[static_cast<int>(style)]; }
};

}  // namespace kiosk::letter
