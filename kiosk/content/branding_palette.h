// Every colour the screens use, derived from a pack's four branding colours, and the
// pairs of them that must reach WCAG AA contrast (4.5:1) for a visitor with low vision
// to read the text. Here rather than in the UI so that check-content refuses, with the
// pair and its ratio, exactly the branding the screens would refuse.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "content/pack.h"

namespace kiosk::content {

struct Colour {
    std::uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Colour& o) const { return r == o.r && g == o.g && b == o.b; }
};

// "#RRGGBB" → colour; nullopt for anything else.
std::optional<Colour> parse_colour(const std::string& hex);
// WCAG 2 contrast ratio of the two colours' relative luminances, 1 to 21.
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

// Text drawn on a fill, as staff would name it, with the branding keys that choose
// each (null for a colour of the kiosk's own: error messages are always dark red).
struct ContrastPair {
    std::string what;  // "'on_primary' on 'primary'"
    Colour ink, fill;
    const char* ink_key;
    const char* fill_key;
};

// The pairs that must reach minimum_contrast, the two staff choose directly first.
std::vector<ContrastPair> contrast_pairs(const Palette& palette);

// The palette the pack's four colours give (derived tones included), whether or not
// it passes; nullopt when a colour is not "#RRGGBB".
std::optional<Palette> palette_of(const Branding& branding);

// The pack's palette when every pair passes, else the default one (branding_used false):
// a low-vision visitor matters more than the brand.
Palette palette_from(const Branding& branding);

}  // namespace kiosk::content
