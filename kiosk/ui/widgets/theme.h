// Colours and sizes for every screen, from the pack's branding and the window.
// Colours are checked against WCAG AA (4.5:1); a pack whose colours fail gets safe
// ones instead, because a low-vision visitor matters more than the brand.
#pragma once

#include "content/branding_palette.h"

namespace kiosk::ui {

// The colours are the pack's (content/branding_palette.h, where check-content checks
// them); the screens use them under these names.
using content::Colour;
using content::contrast_ratio;
using content::minimum_contrast;
using content::Palette;
using content::palette_from;
using content::parse_colour;

// Touch targets, from the voting-system guidelines (VVSG 2.0): 15 mm where the screen
// allows, never under 12.7 mm, and 2.5 mm of dead space between any two of them.
constexpr float preferred_target_mm = 15.f;
constexpr float least_target_mm = 12.7f;
constexpr float target_gap_mm = 2.5f;

struct Metrics {
    float width = 1280.f, height = 800.f;
    float pixels_per_mm = 96.f / 25.4f;
    float min_target = 57.f;    // what layouts aim for: 15 mm at the screen's density
    float least_target = 48.f;  // 12.7 mm: a layout that cannot give min_target may go down to this
    float target_gap = 10.f;    // 2.5 mm: the least space between two targets (gap is never less)
    float margin = 24.f;
    float gap = 12.f;
    float body = 26.f;        // body text, px (≥ 24)
    float small = 24.f;       // the smallest text anywhere
    float title = 40.f;
    float button_height = 72.f;
    bool portrait = false;
};

Metrics metrics_for(float width, float height, float screen_dpi);
// The same metrics with targets (and the bottom bar) at the least size: for a screen
// that cannot hold its targets at the preferred size.
Metrics at_least_size(const Metrics& metrics);
// Whether these metrics are already at the least size (nothing smaller to try).
inline bool at_least_size_already(const Metrics& m) { return m.min_target <= m.least_target + 0.01f; }

}  // namespace kiosk::ui
