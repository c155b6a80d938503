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

struct Metrics {
    float width = 1280.f, height = 800.f;
    float min_target = 57.f;  // 15 mm at the screen's DPI
    float margin = 24.f;
    float gap = 12.f;
    float body = 26.f;        // body text, px (≥ 24)
    float small = 24.f;       // the smallest text anywhere
    float title = 40.f;
    float button_height = 72.f;
    bool portrait = false;
};

Metrics metrics_for(float width, float height, float screen_dpi);

}  // namespace kiosk::ui
