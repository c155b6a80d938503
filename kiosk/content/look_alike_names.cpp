#include "content/look_alike_names.h"

#include <unicode/normalizer2.h>
#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uspoof.h>
#include <unicode/utf8.h>

#include <cstdio>
#include <utility>

namespace kiosk::content {

namespace {

// What a visitor would not see in a name, or would see wrongly.
enum class Hidden { None, Bidi, Space, Control, Invisible };

Hidden hidden_kind(UChar32 c) {
    if (c == ' ') return Hidden::None;
    // Bidi controls are format characters too, but they do worse than hide: they
    // reorder the letters after them, so they are named for that.
    if (u_hasBinaryProperty(c, UCHAR_BIDI_CONTROL)) return Hidden::Bidi;
    const auto type = static_cast<UCharCategory>(u_charType(c));
    if (type == U_SPACE_SEPARATOR || type == U_LINE_SEPARATOR || type == U_PARAGRAPH_SEPARATOR) return Hidden::Space;
    if (type == U_CONTROL_CHAR) return Hidden::Control;
    // Format characters (U+200B, U+2060, U+FEFF, the soft hyphen U+00AD) and the other
    // default-ignorable code points (variation selectors, Hangul fillers) show nothing.
    if (type == U_FORMAT_CHAR || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return Hidden::Invisible;
    return Hidden::None;
}

// "U+200B ZERO WIDTH SPACE" (the name left out where Unicode gives none, as for controls).
std::string code_point(UChar32 c) {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
    char name[128];
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = u_charName(c, U_UNICODE_CHAR_NAME, name, sizeof name, &status);
    if (U_FAILURE(status) || length <= 0) return code;
    return std::string(code) + " " + std::string(name, static_cast<std::size_t>(length));
}

constexpr const char* only_what_shows =
    "; a name a visitor reads may hold only characters that show, with one plain space between words";

std::string at_character(int index) { return " at character " + std::to_string(index); }

// `text` in the order it is shown, bidi controls removed: "\u202Eiruossim" is shown
// as "missouri", and it is what is shown that must not look like another name.
icu::UnicodeString shown_order(const icu::UnicodeString& text) {
    UErrorCode status = U_ZERO_ERROR;
    UBiDi* bidi = ubidi_openSized(text.length(), 0, &status);
    ubidi_setPara(bidi, text.getBuffer(), text.length(), UBIDI_DEFAULT_LTR, nullptr, &status);
    icu::UnicodeString shown;
    const int32_t capacity = text.length() + 1;  // controls removed: never longer
    const int32_t length = ubidi_writeReordered(bidi, shown.getBuffer(capacity), capacity,
                                                UBIDI_DO_MIRRORING | UBIDI_REMOVE_BIDI_CONTROLS, &status);
    shown.releaseBuffer(U_SUCCESS(status) ? length : 0);
    ubidi_close(bidi);
    return U_SUCCESS(status) ? shown : text;
}

// `name` as a visitor sees it: in the order shown, hidden characters left out, every
// space a plain one, one between words and none at the ends.
icu::UnicodeString shown_letters(std::string_view name) {
    icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    bool reordered = false;
    for (int32_t i = 0; i < text.length() && !reordered; i = text.moveIndex32(i, 1)) {
        reordered = u_hasBinaryProperty(text.char32At(i), UCHAR_BIDI_CONTROL);
    }
    if (reordered) text = shown_order(text);
    icu::UnicodeString shown;
    bool space_pending = false;
    for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
        const UChar32 c = text.char32At(i);
        const Hidden kind = c == ' ' ? Hidden::Space : hidden_kind(c);
        if (kind == Hidden::Space) {
            space_pending = !shown.isEmpty();
            continue;
        }
        if (kind != Hidden::None) continue;
        if (space_pending) shown.append(UChar32(' '));
        space_pending = false;
        shown.append(c);
    }
    return shown;
}

icu::UnicodeString composed(const icu::UnicodeString& text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) return text;
    icu::UnicodeString result = nfc->normalize(text, status);
    return U_FAILURE(status) ? text : result;
}

// Why two names with one skeleton look alike, for staff who cannot see the difference
// on their own screen either: the hidden character, capitals, or the first letter that
// differs, by code point and name.
std::string why_alike(const std::string& name, const std::string& earlier, int earlier_line) {
    if (const auto hidden = hidden_in_name(name)) return "this one " + *hidden;
    if (const auto hidden = hidden_in_name(earlier)) {
        return "the one on line " + std::to_string(earlier_line) + " " + *hidden;
    }
    if (name == earlier) return "they are the same";
    const icu::UnicodeString these = composed(icu::UnicodeString::fromUTF8(name));
    const icu::UnicodeString those = composed(icu::UnicodeString::fromUTF8(earlier));
    if (these == those) return "they are the same letters, with their accents written two ways";
    if (icu::UnicodeString(these).foldCase() == icu::UnicodeString(those).foldCase()) {
        return "they differ only in capitals";
    }
    int32_t at = 0;
    int index = 1;
    while (at < these.length() && at < those.length() && these.char32At(at) == those.char32At(at)) {
        at = these.moveIndex32(at, 1);
        ++index;
    }
    if (at >= these.length() || at >= those.length()) return "ICU counts their letters as look-alikes";
    std::string mine;
    std::string theirs;
    icu::UnicodeString(these.char32At(at)).toUTF8String(mine);
    icu::UnicodeString(those.char32At(at)).toUTF8String(theirs);
    return "this one has '" + mine + "' (" + code_point(these.char32At(at)) + ")" + at_character(index) +
           " where the other has '" + theirs + "' (" + code_point(those.char32At(at)) + ")";
}

}  // namespace

std::optional<std::string> hidden_in_name(std::string_view name) {
    bool after_space = false;
    int index = 0;
    for (int32_t i = 0; i < static_cast<int32_t>(name.size());) {
        UChar32 c = 0;
        U8_NEXT(name.data(), i, static_cast<int32_t>(name.size()), c);
        ++index;
        if (c < 0) return "holds bytes that are not UTF-8" + at_character(index);
        if (c == ' ') {
            if (index == 1) return std::string("starts with a space");
            if (after_space) return "holds two spaces in a row" + at_character(index - 1);
            after_space = true;
            continue;
        }
        after_space = false;
        switch (hidden_kind(c)) {
            case Hidden::None:
                break;
            case Hidden::Bidi:
                return "holds a bidi control character (" + code_point(c) + ")" + at_character(index) +
                       ", which changes the order its letters are shown in";
            case Hidden::Space:
                return "holds a space other than a plain one (" + code_point(c) + ")" + at_character(index);
            case Hidden::Control:
                return "holds a control character (" + code_point(c) + ")" + at_character(index);
            case Hidden::Invisible:
                return "holds an invisible character (" + code_point(c) + ")" + at_character(index);
        }
    }
    if (after_space) return std::string("ends with a space");
    return std::nullopt;
}

std::optional<std::string> hidden_character_problem(std::string_view what, std::string_view name) {
    const auto hidden = hidden_in_name(name);
    if (!hidden) return std::nullopt;
    return std::string(what) + " '" + std::string(name) + "' " + *hidden + only_what_shows;
}

tl::expected<NameSkeletons, std::string> NameSkeletons::open() {
    UErrorCode status = U_ZERO_ERROR;
    USpoofChecker* checker = uspoof_open(&status);
    if (U_FAILURE(status)) {
        if (checker) uspoof_close(checker);
        return tl::unexpected(std::string("ICU's spoof checker cannot be opened (") + u_errorName(status) + ")");
    }
    return NameSkeletons(checker);
}

void NameSkeletons::Close::operator()(USpoofChecker* checker) const { uspoof_close(checker); }

NameSkeletons::Keys NameSkeletons::keys_of(std::string_view name) const {
    const icu::UnicodeString shown = composed(shown_letters(name));
    auto skeleton = [&](const icu::UnicodeString& text) {
        UErrorCode status = U_ZERO_ERROR;
        icu::UnicodeString result;
        uspoof_getSkeletonUnicodeString(checker_.get(), 0, text, result, &status);
        std::string key;
        if (U_SUCCESS(status)) result.toUTF8String(key);
        return key;
    };
    return {skeleton(shown), skeleton(icu::UnicodeString(shown).foldCase())};
}

LookAlikeNames::LookAlikeNames(const NameSkeletons& skeletons, std::string kind, FileProblems& problems,
                               std::string after_name)
    : skeletons_(skeletons), kind_(std::move(kind)), problems_(problems), after_name_(std::move(after_name)) {}

const LookAlikeNames::Earlier* LookAlikeNames::find_and_keep(const NameSkeletons::Keys& keys, const std::string& name,
                                                             int line) {
    const Earlier* found = nullptr;
    auto look_up = [&](std::unordered_map<std::string, Earlier>& map, const std::string& key) {
        if (key.empty()) return;
        const auto [entry, is_new] = map.try_emplace(key, Earlier{name, line});
        if (!is_new && !found) found = &entry->second;
    };
    look_up(as_written_, keys.as_written);
    look_up(case_folded_, keys.case_folded);
    return found;
}

bool LookAlikeNames::admit(const std::string& name, int line, int column) {
    const std::string shown = kind_ + " '" + name + "'" + after_name_;
    if (const Earlier* earlier = find_and_keep(skeletons_.keys_of(name), name, line)) {
        problems_.add_at(line, column,
                         shown + " looks like '" + earlier->name + "' (line " + std::to_string(earlier->line) +
                             "), which it must not: a visitor could not tell them apart; " +
                             why_alike(name, earlier->name, earlier->line));
        return false;
    }
    if (const auto hidden = hidden_in_name(name)) {
        problems_.add_at(line, column, shown + " " + *hidden + only_what_shows);
        return false;
    }
    return true;
}

bool LookAlikeNames::admit(const std::string& name, const YAML::Mark& where) {
    const bool placed = !where.is_null() && where.line >= 0;
    return admit(name, placed ? where.line + 1 : 0, placed ? where.column + 1 : 0);
}

TranslatedLookAlikeNames::TranslatedLookAlikeNames(const NameSkeletons& skeletons, std::string kind,
                                                   FileProblems& problems)
    : skeletons_(skeletons), kind_(std::move(kind)), problems_(problems) {}

bool TranslatedLookAlikeNames::admit(const Translated& name, const YAML::Node& texts) {
    bool good = true;
    for (const auto& [language, text] : name.text) {
        YAML::Mark where = texts.Mark();
        for (const auto& entry : texts) {
            if (entry.first.IsScalar() && entry.first.Scalar() == language) where = entry.second.Mark();
        }
        auto list = by_language_.try_emplace(language, skeletons_, kind_, problems_, " (" + language + ")").first;
        good = list->second.admit(text, where) && good;
    }
    return good;
}

}  // namespace kiosk::content
