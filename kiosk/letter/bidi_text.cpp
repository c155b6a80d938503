#include "letter/bidi_text.h"

#include <algorithm>
#include <vector>

#include <fribidi.h>

namespace kiosk::letter {

namespace {

// FriBidiChar is a uint32_t holding a code point, as char32_t does.
const FriBidiChar* chars(std::u32string_view text) { return reinterpret_cast<const FriBidiChar*>(text.data()); }
FriBidiChar* chars(std::u32string& text) { return reinterpret_cast<FriBidiChar*>(text.data()); }

// Hebrew, Arabic, Syriac, Thaana, NKo, ... and the explicit controls: nothing else
// can make FriBidi change a text.
bool may_be_right_to_left(std::u32string_view text) {
    return std::any_of(text.begin(), text.end(), [](char32_t c) {
        if (c < 0x0590) return false;
        const FriBidiCharType type = fribidi_get_bidi_type(c);
        return FRIBIDI_IS_RTL(type) || FRIBIDI_IS_EXPLICIT(type) || FRIBIDI_IS_ISOLATE(type);
    });
}

struct Levels {
    std::vector<FriBidiCharType> types;
    std::vector<FriBidiLevel> levels;
    FriBidiParType direction;
    bool ok = false;
};

Levels levels_of(std::u32string_view text, FriBidiParType direction) {
    const auto length = static_cast<FriBidiStrIndex>(text.size());
    Levels out{std::vector<FriBidiCharType>(text.size()), std::vector<FriBidiLevel>(text.size()), direction};
    std::vector<FriBidiBracketType> brackets(text.size());
    fribidi_get_bidi_types(chars(text), length, out.types.data());
    fribidi_get_bracket_types(chars(text), length, out.types.data(), brackets.data());
    out.ok = fribidi_get_par_embedding_levels_ex(out.types.data(), brackets.data(), length, &out.direction,
                                                 out.levels.data()) != 0;
    return out;
}

}  // namespace

ShapedParagraph shape_paragraph(std::u32string text) {
    if (text.empty() || !may_be_right_to_left(text)) return {std::move(text), false};
    Levels levels = levels_of(text, FRIBIDI_PAR_ON);
    if (!levels.ok) return {std::move(text), false};
    std::vector<FriBidiArabicProp> arabic(text.size());
    fribidi_get_joining_types(chars(text), static_cast<FriBidiStrIndex>(text.size()), arabic.data());
    fribidi_join_arabic(levels.types.data(), static_cast<FriBidiStrIndex>(text.size()), levels.levels.data(),
                        arabic.data());
    fribidi_shape(FRIBIDI_FLAG_SHAPE_MIRRORING | FRIBIDI_FLAGS_ARABIC, levels.levels.data(),
                  static_cast<FriBidiStrIndex>(text.size()), arabic.data(), chars(text));
    // A ligature leaves FRIBIDI_CHAR_FILL where its second letter was (visible_text
    // has dropped every byte order mark the text had, so each one here is a filler).
    text.erase(std::remove(text.begin(), text.end(), char32_t{FRIBIDI_CHAR_FILL}), text.end());
    return {std::move(text), FRIBIDI_IS_RTL(levels.direction) != 0};
}

std::u32string visual_order(std::u32string_view line, bool right_to_left) {
    std::u32string visual{line};
    if (line.empty() || (!right_to_left && !may_be_right_to_left(line))) return visual;
    Levels levels = levels_of(line, right_to_left ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR);
    if (!levels.ok) return visual;
    if (fribidi_reorder_line(FRIBIDI_FLAGS_DEFAULT, levels.types.data(), static_cast<FriBidiStrIndex>(line.size()), 0,
                             levels.direction, levels.levels.data(), chars(visual), nullptr) == 0) {
        return std::u32string{line};
    }
    return visual;
}

}  // namespace kiosk::letter
