#include "ui/widgets/theme.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace kiosk::ui {
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

Palette palette_from(const content::Branding& branding) {
    Palette safe;
    const auto primary = parse_colour(branding.primary);
    const auto on_primary = parse_colour(branding.on_primary);
    const auto background = parse_colour(branding.background);
    const auto text = parse_colour(branding.text);
    if (!primary || !on_primary || !background || !text) {
        safe.branding_used = false;
        return safe;
    }
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
    const bool passes = contrast_ratio(p.text, p.background) >= minimum_contrast &&
                        contrast_ratio(p.text, p.surface) >= minimum_contrast &&
                        contrast_ratio(p.text, p.pressed_surface) >= minimum_contrast &&
                        contrast_ratio(p.muted, p.background) >= minimum_contrast &&
                        contrast_ratio(p.muted, p.disabled) >= minimum_contrast &&
                        contrast_ratio(p.on_primary, p.primary) >= minimum_contrast &&
                        contrast_ratio(p.on_primary, p.pressed) >= minimum_contrast &&
                        contrast_ratio(p.error, p.background) >= minimum_contrast;
    if (!passes) {
        safe.branding_used = false;
        return safe;
    }
    return p;
}

Metrics metrics_for(float width, float height, float screen_dpi) {
    Metrics m;
    m.width = width;
    m.height = height;
    m.portrait = height > width;
    m.min_target = std::ceil(15.f / 25.4f * screen_dpi);
    const float short_side = std::min(width, height);
    m.margin = std::max(16.f, std::round(short_side * 0.03f));
    m.gap = std::max(10.f, std::round(short_side * 0.015f));
    m.small = 24.f;
    m.body = std::max(24.f, std::round(short_side * 0.034f));
    m.title = std::max(30.f, std::round(short_side * 0.05f));
    m.button_height = std::max(m.min_target, std::round(short_side * 0.1f));
    return m;
}

}  // namespace kiosk::ui
