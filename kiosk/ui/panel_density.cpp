#include "ui/panel_density.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace kiosk::ui {

namespace {

constexpr float mm_per_inch = 25.4f;
// No touch panel a kiosk is built on lies outside these: a 32" 720p screen is about 46
// dpi, a 7" 1080p one about 315.
constexpr float lowest_dpi = 60.f, highest_dpi = 400.f;
// Pixels of small panels are not always square (an 800x480 7" panel is 7% taller per
// pixel than wide); further apart than this, across and down are not one panel's.
constexpr float most_uneven = 1.15f;

// Some screens, TVs and projectors mostly, put their shape where the size goes: 16 × 9
// "cm" for a 16:9 screen of unknown size.
bool is_a_shape(int long_side, int short_side) {
    for (const auto& [across, down] : {std::pair{16, 9}, std::pair{16, 10}, std::pair{4, 3}, std::pair{5, 4}}) {
        for (const int scale : {1, 10, 100}) {
            if (long_side == across * scale && short_side == down * scale) return true;
        }
    }
    return false;
}

std::string size_text(const PanelSize& panel) {
    return std::to_string(panel.width_mm) + " × " + std::to_string(panel.height_mm) + " mm";
}

}  // namespace

ScreenDensity density_from_panel(const std::optional<PanelSize>& panel) {
    if (!panel || panel->width_pixels <= 0 || panel->height_pixels <= 0) return {fallback_dpi, DensityOrigin::NoPanel, {}};
    if (panel->width_mm <= 0 || panel->height_mm <= 0) return {fallback_dpi, DensityOrigin::NoPanelSize, *panel};
    const ScreenDensity implausible{fallback_dpi, DensityOrigin::ImplausibleSize, *panel};
    float width_mm = float(panel->width_mm), height_mm = float(panel->height_mm);
    if (is_a_shape(std::max(panel->width_mm, panel->height_mm), std::min(panel->width_mm, panel->height_mm)))
        return implausible;
    // A panel turned to portrait keeps the millimetres of its landscape EDID.
    if ((panel->width_pixels > panel->height_pixels) != (width_mm > height_mm) && width_mm != height_mm)
        std::swap(width_mm, height_mm);
    const float across = float(panel->width_pixels) / width_mm * mm_per_inch;
    const float down = float(panel->height_pixels) / height_mm * mm_per_inch;
    if (across > down * most_uneven || down > across * most_uneven) return implausible;
    const float dpi = std::hypot(float(panel->width_pixels), float(panel->height_pixels)) /
                      std::hypot(width_mm, height_mm) * mm_per_inch;
    if (!(dpi >= lowest_dpi && dpi <= highest_dpi)) return implausible;
    return {dpi, DensityOrigin::PanelSize, *panel};
}

ScreenDensity chosen_density(const std::optional<float>& setting, const std::optional<PanelSize>& panel) {
    if (setting) return {*setting, DensityOrigin::Settings, panel.value_or(PanelSize{})};
    return density_from_panel(panel);
}

std::string density_sentence(const ScreenDensity& density) {
    const std::string figure = "screen density " + std::to_string(std::lround(density.dpi)) + " dpi";
    switch (density.origin) {
        case DensityOrigin::Settings: return figure + ", from the settings (screen_dpi)";
        case DensityOrigin::PanelSize: return figure + ", from the panel's size (" + size_text(density.panel) + ")";
        case DensityOrigin::NoPanelSize: return figure + ", the panel reports no size";
        case DensityOrigin::ImplausibleSize:
            return figure + ", the panel reports a size no panel has (" + size_text(density.panel) + ")";
        case DensityOrigin::NoPanel: return figure + ", the display server names no panel under the window";
    }
    return figure;
}

}  // namespace kiosk::ui
