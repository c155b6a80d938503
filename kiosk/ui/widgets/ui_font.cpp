#include "ui/widgets/ui_font.h"

#include <fontconfig/fontconfig.h>

namespace kiosk::ui {
namespace {

std::filesystem::path match(const char* family) {
    FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(family));
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* found = FcFontMatch(nullptr, pattern, &result);
    std::filesystem::path path;
    FcChar8* file = nullptr;
    FcChar8* found_family = nullptr;
    if (found && FcPatternGetString(found, FC_FILE, 0, &file) == FcResultMatch &&
        FcPatternGetString(found, FC_FAMILY, 0, &found_family) == FcResultMatch) {
        // fontconfig always answers with something; only accept the family asked for.
        const std::string asked = std::string(family).substr(0, std::string(family).find(':'));
        if (asked == "sans-serif" || asked == reinterpret_cast<const char*>(found_family)) {
            path = reinterpret_cast<const char*>(file);
        }
    }
    if (found) FcPatternDestroy(found);
    FcPatternDestroy(pattern);
    return path;
}

}  // namespace

tl::expected<std::filesystem::path, std::string> find_ui_font() {
    if (!FcInit()) return tl::make_unexpected(std::string("fontconfig could not start"));
    for (const char* family : {"DejaVu Sans:style=Book", "Liberation Sans:style=Regular", "sans-serif"}) {
        const auto path = match(family);
        if (!path.empty() && path.extension() == ".ttf") return path;
    }
    return tl::make_unexpected(std::string("no sans font found: install fonts-dejavu-core"));
}

}  // namespace kiosk::ui
