#include "letter/font_set.h"

#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include <fontconfig/fontconfig.h>

namespace kiosk::letter {

namespace {

namespace fs = std::filesystem;

// Folders that may hold the subsets: next to the running program (an installed
// kiosk), then the build tree this program was built in.
std::vector<fs::path> subset_folders() {
    std::vector<fs::path> folders;
    std::error_code error;
    const fs::path executable = fs::read_symlink("/proc/self/exe", error);
    if (!error) folders.push_back(executable.parent_path() / "fonts");
#ifdef KIOSK_FONT_DIR
    folders.emplace_back(KIOSK_FONT_DIR);
#endif
    return folders;
}

std::optional<FontSet> find_subsets() {
    for (const auto& folder : subset_folders()) {
        FontSet set{folder / "letter-serif-regular.ttf", folder / "letter-serif-bold.ttf",
                    folder / "letter-serif-italic.ttf"};
        std::error_code error;
        if (fs::is_regular_file(set.regular, error) && fs::is_regular_file(set.bold, error) &&
            fs::is_regular_file(set.italic, error)) {
            return set;
        }
    }
    return std::nullopt;
}

struct PatternDeleter {
    void operator()(FcPattern* pattern) const { FcPatternDestroy(pattern); }
};
using Pattern = std::unique_ptr<FcPattern, PatternDeleter>;

// The file fontconfig picks for `family` in this weight and slant, if it really is
// that family (fontconfig always answers with *some* font).
std::optional<fs::path> match_font(const char* family, int weight, int slant) {
    Pattern pattern{FcPatternCreate()};
    FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family));
    FcPatternAddInteger(pattern.get(), FC_WEIGHT, weight);
    FcPatternAddInteger(pattern.get(), FC_SLANT, slant);
    FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
    FcDefaultSubstitute(pattern.get());
    FcResult result = FcResultNoMatch;
    Pattern match{FcFontMatch(nullptr, pattern.get(), &result)};
    if (!match) return std::nullopt;
    FcChar8* matched_family = nullptr;
    FcChar8* file = nullptr;
    int matched_weight = 0;
    int matched_slant = 0;
    if (FcPatternGetString(match.get(), FC_FAMILY, 0, &matched_family) != FcResultMatch ||
        FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch ||
        FcPatternGetInteger(match.get(), FC_WEIGHT, 0, &matched_weight) != FcResultMatch ||
        FcPatternGetInteger(match.get(), FC_SLANT, 0, &matched_slant) != FcResultMatch) {
        return std::nullopt;
    }
    if (std::string{reinterpret_cast<const char*>(matched_family)} != family) return std::nullopt;
    if (matched_weight != weight || matched_slant != slant) return std::nullopt;
    return fs::path{reinterpret_cast<const char*>(file)};
}

// The system fonts through fontconfig, when the build-time subsets are missing.
tl::expected<FontSet, std::string> find_system_fonts() {
    if (!FcInit()) return tl::make_unexpected(std::string{"fontconfig could not start"});
    for (const char* family : {"DejaVu Serif", "Liberation Serif"}) {
        auto regular = match_font(family, FC_WEIGHT_REGULAR, FC_SLANT_ROMAN);
        auto bold = match_font(family, FC_WEIGHT_BOLD, FC_SLANT_ROMAN);
        auto italic = match_font(family, FC_WEIGHT_REGULAR, FC_SLANT_ITALIC);
        if (regular && bold && italic) return FontSet{*regular, *bold, *italic};
    }
    return tl::make_unexpected(std::string{
        "no letter font found: install fonts-dejavu-core and fonts-dejavu-extra, or fonts-liberation"});
}

}  // namespace

tl::expected<FontSet, std::string> find_fonts() {
    if (auto subsets = find_subsets()) return *subsets;
    return find_system_fonts();
}

}  // namespace kiosk::letter
