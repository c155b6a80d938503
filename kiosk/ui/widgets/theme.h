// Colours and sizes for every screen, from the pack's branding and the window.
// Colours are checked against WCAG AA (4.5:1); a pack whose colours fail gets safe
// ones instead, because a low-vision visitor matters more than the brand.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "content/pack.h"

namespace kiosk::ui {

struct Colour {
    std::uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Colour& o) const { return r == o.r && g == o.g && b == o.b; }
};

// "#RRGGBB" → colour; nullopt for anything else.
std::optional<Colour> parse_colour(const std::string& hex);
// WCAG 2 contrast ratio, 1 to 21.
double contrast_ratio(Colour a, Colour b);

constexpr double minimum_contrast = 4.5;

struct Palette {
    Colour background{255, 255, 255};
    Colour text{26, 26, 26};
    Colour muted{80, 80, 80};          // secondary text, still ≥ 4.5:1 on background
    Colour primary{27, 79, 114};       // primary buttons, selected chips
    Colour on_primary{255, 255, 255};
    Colour surface{238, 242, 246};     // unselected buttons and cards
    Colour outline{90, 100, 110};
    Colour pressed{13, 40, 58};        // primary while the finger is down
    Colour pressed_surface{200, 210, 222};
    Colour error{160, 20, 20};
    Colour disabled{228, 228, 228};    // a button that cannot act yet; muted text on it ≥ 4.5:1
    bool branding_used = true;         // false when the pack's colours failed the check
};

// The pack's branding when every pair passes 4.5:1, else the default palette.
Palette palette_from(const content::Branding& branding);

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
