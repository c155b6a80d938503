#include "content/branding_palette.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

namespace kiosk::content {
namespace {

double channel_luminance(std::uint8_t value) {
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double relative_luminance(Colour c) {
    return 0.2126 * channel_luminance(c.r) + 0.7152 * channel_luminance(c.g) + 0.0722 * channel_luminance(c.b);
}

Colour mix(Colour a, Colour b, float amount_of_b) {
    auto m = [&](std::uint8_t x, std::uint8_t y) { return std::uint8_t(std::lround(x + (y - x) * amount_of_b)); };
    return {m(a.r, b.r), m(a.g, b.g), m(a.b, b.b)};
}

}  // namespace

std::optional<Colour> parse_colour(const std::string& hex) {
    if (hex.size() != 7 || hex[0] != '#') return std::nullopt;
    for (std::size_t i = 1; i < 7; ++i) {
        if (!std::isxdigit(static_cast<unsigned char>(hex[i]))) return std::nullopt;
    }
    const unsigned long value = std::strtoul(hex.c_str() + 1, nullptr, 16);
    return Colour{std::uint8_t(value >> 16), std::uint8_t(value >> 8), std::uint8_t(value)};
}

double contrast_ratio(Colour a, Colour b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::vector<ContrastPair> contrast_pairs(const Palette& p) {
    return {
        {"'text' on 'background'", p.text, p.background, "text", "background"},
        {"'on_primary' on 'primary'", p.on_primary, p.primary, "on_primary", "primary"},
        {"'text' on the buttons (a tint of 'primary' on 'background')", p.text, p.surface, "text", "primary"},
        {"'text' on a pressed button (a stronger tint of 'primary')", p.text, p.pressed_surface, "text", "primary"},
        {"secondary text (a lighter 'text') on 'background'", p.muted, p.background, "text", "background"},
        {"secondary text on a button not yet available (a grey from 'text' and 'background')", p.muted, p.disabled,
         "text", "background"},
        {"'on_primary' on a pressed 'primary' button (a darker 'primary')", p.on_primary, p.pressed,
         "on_primary", "primary"},
        {"error messages (dark red) on 'background'", p.error, p.background, nullptr, "background"},
    };
}

std::optional<Palette> palette_of(const Branding& branding) {
    const auto primary = parse_colour(branding.primary);
    const auto on_primary = parse_colour(branding.on_primary);
    const auto background = parse_colour(branding.background);
    const auto text = parse_colour(branding.text);
    if (!primary || !on_primary || !background || !text) return std::nullopt;
    Palette p;
    p.background = *background;
    p.text = *text;
    p.primary = *primary;
    p.on_primary = *on_primary;
    // Derived tones: surfaces lean towards the background, outlines towards the text.
    p.surface = mix(*background, *primary, 0.08f);
    p.pressed_surface = mix(*background, *primary, 0.25f);
    p.muted = mix(*text, *background, 0.25f);
    p.outline = mix(*text, *background, 0.35f);
    p.pressed = mix(*primary, *text, 0.45f);
    p.disabled = mix(*background, *text, 0.12f);
    return p;
}

Palette palette_from(const Branding& branding) {
    const auto palette = palette_of(branding);
    const auto passes = [](const ContrastPair& pair) { return contrast_ratio(pair.ink, pair.fill) >= minimum_contrast; };
    if (palette) {
        const auto pairs = contrast_pairs(*palette);
        if (std::all_of(pairs.begin(), pairs.end(), passes)) return *palette;
    }
    Palette safe;
    safe.branding_used = false;
    return safe;
}

}  // namespace kiosk::content
