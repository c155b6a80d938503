#include "letter/fallback_fonts.h"

#include <algorithm>
#include <cstring>

#include <fontconfig/fontconfig.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H

namespace kiosk::letter {

struct FallbackFonts::Candidate {
    FontFile file;
    FcCharSet* characters = nullptr;  // owned
};

struct FallbackFonts::OpenFace {
    FontFile file;
    FT_Face face = nullptr;
};

struct FallbackFonts::Library {
    FT_Library library = nullptr;
};

namespace {

struct PatternDeleter {
    void operator()(FcPattern* pattern) const { FcPatternDestroy(pattern); }
};
struct FontSetDeleter {
    void operator()(FcFontSet* set) const { FcFontSetDestroy(set); }
};

// Whether libharu 2.3 embeds all of the glyph (hpdf_fontdef_tt.c, CheckCompositGryph):
// a simple glyph, or a composite of simple glyphs numbered 1 to 32,767.
bool libharu_embeds_whole(FT_Face face, FT_UInt glyph) {
    constexpr FT_Int32 header_only = FT_LOAD_NO_RECURSE | FT_LOAD_NO_SCALE;
    if (FT_Load_Glyph(face, glyph, header_only) != 0) return false;
    if (face->glyph->format != FT_GLYPH_FORMAT_COMPOSITE) return true;
    std::vector<FT_Int> components(face->glyph->num_subglyphs);
    for (FT_UInt i = 0; i < components.size(); ++i) {
        FT_UInt flags = 0;
        FT_Int x = 0, y = 0;
        FT_Matrix transform{};
        if (FT_Get_SubGlyph_Info(face->glyph, i, &components[i], &flags, &x, &y, &transform) != 0) return false;
    }
    for (FT_Int component : components) {
        if (component <= 0 || component >= 32768) return false;
        if (FT_Load_Glyph(face, static_cast<FT_UInt>(component), header_only) != 0) return false;
        if (face->glyph->format == FT_GLYPH_FORMAT_COMPOSITE) return false;
    }
    return true;
}

constexpr int weights[] = {FC_WEIGHT_REGULAR, FC_WEIGHT_BOLD, FC_WEIGHT_REGULAR};
constexpr int slants[] = {FC_SLANT_ROMAN, FC_SLANT_ROMAN, FC_SLANT_ITALIC};

}  // namespace

FallbackFonts::FallbackFonts(const std::string& family, const std::vector<std::string>& own_names)
    : library_(std::make_unique<Library>()) {
    if (FT_Init_FreeType(&library_->library) != 0) library_->library = nullptr;
    if (!library_->library || !FcInit()) return;
    for (int style = 0; style < 3; ++style) {
        std::unique_ptr<FcPattern, PatternDeleter> pattern{FcPatternCreate()};
        FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
        FcPatternAddInteger(pattern.get(), FC_WEIGHT, weights[style]);
        FcPatternAddInteger(pattern.get(), FC_SLANT, slants[style]);
        FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
        FcDefaultSubstitute(pattern.get());
        FcResult result = FcResultNoMatch;
        // Not trimmed: fontconfig would drop a font whose characters an earlier one
        // has, even when that earlier one is a CFF font skipped below.
        std::unique_ptr<FcFontSet, FontSetDeleter> sorted{FcFontSort(nullptr, pattern.get(), FcFalse, nullptr, &result)};
        if (!sorted) continue;
        for (int i = 0; i < sorted->nfont; ++i) {
            FcPattern* font = sorted->fonts[i];
            FcChar8* file = nullptr;
            FcChar8* format = nullptr;
            FcCharSet* characters = nullptr;
            int index = 0;
            if (FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch ||
                FcPatternGetCharSet(font, FC_CHARSET, 0, &characters) != FcResultMatch) {
                continue;
            }
            FcPatternGetInteger(font, FC_INDEX, 0, &index);
            FcChar8* postscript_name = nullptr;
            if (FcPatternGetString(font, FC_POSTSCRIPT_NAME, 0, &postscript_name) == FcResultMatch &&
                std::find(own_names.begin(), own_names.end(), reinterpret_cast<const char*>(postscript_name)) !=
                    own_names.end()) {
                continue;
            }
            // libharu 2.3 embeds TrueType outlines only.
            if (FcPatternGetString(font, FC_FONTFORMAT, 0, &format) != FcResultMatch ||
                std::strcmp(reinterpret_cast<const char*>(format), "TrueType") != 0) {
                continue;
            }
            if (candidates_[style].size() >= 32000) break;  // indices are 16-bit
            candidates_[style].push_back({FontFile{reinterpret_cast<const char*>(file), index}, FcCharSetCopy(characters)});
        }
    }
}

FallbackFonts::~FallbackFonts() {
    for (auto& faces : candidates_) {
        for (auto& candidate : faces) FcCharSetDestroy(candidate.characters);
    }
    for (auto& face : faces_) FT_Done_Face(face->face);
    if (library_->library) FT_Done_FreeType(library_->library);
}

int FallbackFonts::open(const Candidate& candidate) const {
    for (std::size_t id = 0; id < faces_.size(); ++id) {
        if (faces_[id]->file == candidate.file) return faces_[id]->face ? static_cast<int>(id) : -1;
    }
    auto face = std::make_unique<OpenFace>();
    face->file = candidate.file;
    if (FT_New_Face(library_->library, candidate.file.path.c_str(), candidate.file.face_index, &face->face) != 0) {
        face->face = nullptr;  // remembered, so a broken file is not read again
    }
    faces_.push_back(std::move(face));
    return faces_.back()->face ? static_cast<int>(faces_.size() - 1) : -1;
}

const FallbackFonts::BlockChoices& FallbackFonts::choices(char32_t c, FontStyle style) const {
    const auto key = static_cast<std::uint32_t>(static_cast<int>(style)) << 24 | static_cast<std::uint32_t>(c >> 8);
    auto [found, added] = blocks_.try_emplace(key);
    BlockChoices& block = found->second;
    if (!added) return block;
    block.fill(-1);
    const auto& candidates = candidates_[static_cast<int>(style)];
    const char32_t first = c & ~char32_t{0xFF};
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        for (char32_t offset = 0; offset < 256; ++offset) {
            if (block[offset] < 0 && FcCharSetHasChar(candidates[i].characters, first + offset)) {
                block[offset] = static_cast<std::int16_t>(i);
            }
        }
    }
    return block;
}

std::optional<FallbackFonts::Found> FallbackFonts::find(char32_t c, FontStyle style) const {
    if (c > 0xFFFF) return std::nullopt;  // libharu 2.3 cannot write it
    const std::lock_guard<std::mutex> lock{mutex_};
    const auto& candidates = candidates_[static_cast<int>(style)];
    // The block's first choice, then (should its file not open or lack the glyph
    // after all) the candidates after it.
    const std::int16_t first = choices(c, style)[c & 0xFF];
    if (first < 0) return std::nullopt;
    for (std::size_t i = static_cast<std::size_t>(first); i < candidates.size(); ++i) {
        const Candidate& candidate = candidates[i];
        if (!FcCharSetHasChar(candidate.characters, c)) continue;
        const int id = open(candidate);
        if (id < 0) continue;
        FT_Face face = faces_[id]->face;
        const FT_UInt glyph = FT_Get_Char_Index(face, c);
        FT_Fixed advance = 0;
        if (glyph == 0 || face->units_per_EM == 0 || !libharu_embeds_whole(face, glyph) ||
            FT_Get_Advance(face, glyph, FT_LOAD_NO_SCALE, &advance) != 0) {
            continue;
        }
        return Found{id, static_cast<float>(advance) / static_cast<float>(face->units_per_EM)};
    }
    return std::nullopt;
}

FontFile FallbackFonts::file(int font) const {
    const std::lock_guard<std::mutex> lock{mutex_};
    return faces_.at(static_cast<std::size_t>(font))->file;
}

}  // namespace kiosk::letter
