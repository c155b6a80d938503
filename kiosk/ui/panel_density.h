// The screen's density in dots per inch, which every layout is sized from (15 mm
// touch targets): the panel's own size when it reports a believable one, the event
// settings' `screen_dpi` when staff set it, else 96. Plain arithmetic; reading the
// panel from the X server is ui/panel_size.h.
#pragma once

#include <optional>
#include <string>

namespace kiosk::ui {

// An output as XRandR describes it: its pixels, and its millimetres as its EDID gives
// them (0 when it gives none).
struct PanelSize {
    int width_pixels = 0, height_pixels = 0;
    int width_mm = 0, height_mm = 0;
};

enum class DensityOrigin {
    Settings,       // `screen_dpi` in the event settings, or a density a caller chose
    PanelSize,      // measured from the panel's pixels and millimetres
    NoPanelSize,    // the panel reports no size (0 mm): 96
    ImplausibleSize,  // it reports a size no panel has (a TV's aspect in cm): 96
    NoPanel         // no XRandR output under the window: 96
};

struct ScreenDensity {
    float dpi = 96.f;
    DensityOrigin origin = DensityOrigin::Settings;
    PanelSize panel;  // what the panel reported, for the sentence that says so
};

// The density used when nothing better is known: X's own default.
constexpr float fallback_dpi = 96.f;

// From the panel's size: pixels over inches, or 96 when the size is missing or not
// believable (outside 60–400 dpi, or not the same across and down).
ScreenDensity density_from_panel(const std::optional<PanelSize>& panel);

// `screen_dpi` from the settings when staff set it; else what the panel says.
ScreenDensity chosen_density(const std::optional<float>& setting, const std::optional<PanelSize>& panel);

// For the journal: "screen density 149 dpi, from the panel's size (217 × 136 mm)".
std::string density_sentence(const ScreenDensity& density);

}  // namespace kiosk::ui
