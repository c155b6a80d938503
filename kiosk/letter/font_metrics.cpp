#include "letter/font_metrics.h"

#include <memory>
#include <vector>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H

#include "letter/utf8.h"
#include "letter/visible_characters.h"

namespace kiosk::letter {

namespace {

struct LibraryDeleter {
    void operator()(FT_Library library) const { FT_Done_FreeType(library); }
};
struct FaceDeleter {
    void operator()(FT_Face face) const { FT_Done_Face(face); }
};

}  // namespace

tl::expected<FontMetrics, std::string> FontMetrics::load(const FontSet& fonts) {
    FT_Library raw_library = nullptr;
    if (FT_Init_FreeType(&raw_library) != 0) return tl::make_unexpected(std::string{"FreeType could not start"});
    std::unique_ptr<FT_LibraryRec_, LibraryDeleter> library{raw_library};

    FontMetrics metrics;
    std::string family;
    std::vector<std::string> postscript_names;
    const std::filesystem::path* paths[] = {&fonts.regular, &fonts.bold, &fonts.italic};
    for (int style = 0; style < 3; ++style) {
        FT_Face raw_face = nullptr;
        if (FT_New_Face(library.get(), paths[style]->c_str(), 0, &raw_face) != 0) {
            return tl::make_unexpected("cannot read the font " + paths[style]->string());
        }
        std::unique_ptr<FT_FaceRec_, FaceDeleter> face{raw_face};
        if (style == 0 && face->family_name) family = face->family_name;
        if (const char* name = FT_Get_Postscript_Name(face.get())) postscript_names.emplace_back(name);
        Face& measured = metrics.faces_[style];
        const float units_per_em = static_cast<float>(face->units_per_EM);
        // Every mapped character is measured now, so later lookups are const and the
        // cache can never miss: the subset fonts map ~450 characters, the full ones ~3,400.
        FT_UInt glyph = 0;
        for (FT_ULong code = FT_Get_First_Char(face.get(), &glyph); glyph != 0;
             code = FT_Get_Next_Char(face.get(), code, &glyph)) {
            FT_Fixed advance = 0;
            if (FT_Get_Advance(face.get(), glyph, FT_LOAD_NO_SCALE, &advance) == 0) {
                measured.advance.emplace(static_cast<char32_t>(code), static_cast<float>(advance) / units_per_em);
            }
        }
        if (measured.advance.count(replacement_character)) measured.replacement = replacement_character;
        if (!measured.advance.count(U'?') && measured.replacement == U'?') {
            return tl::make_unexpected("the font " + paths[style]->string() + " has no usable characters");
        }
    }
    metrics.fallback_ = std::make_shared<const FallbackFonts>(family, postscript_names);
    return metrics;
}

FontMetrics::Glyph FontMetrics::glyph(char32_t c, FontStyle style) const {
    const Face& own = face(style);
    if (const auto found = own.advance.find(c); found != own.advance.end()) return {c, -1, found->second};
    if (const auto found = fallback_->find(c, style)) return {c, found->font, found->advance};
    const auto replacement = own.advance.find(own.replacement);
    return {own.replacement, -1, replacement != own.advance.end() ? replacement->second : 0.f};
}

float FontMetrics::width(std::u32string_view text, FontStyle style, float size) const {
    const Face& own = face(style);
    float em = 0.f;
    for (char32_t c : text) {
        if (const auto found = own.advance.find(c); found != own.advance.end()) {
            em += found->second;
        } else if (!is_format_character(c)) {
            em += glyph(c, style).advance;
        }
    }
    return em * size;
}

}  // namespace kiosk::letter
