#include "ui/widgets/theme.h"

#include <gtest/gtest.h>

namespace kiosk::ui {
namespace {

TEST(Theme, ContrastOfBlackOnWhiteIsTwentyOne) {
    EXPECT_NEAR(contrast_ratio({0, 0, 0}, {255, 255, 255}), 21.0, 0.01);
    EXPECT_NEAR(contrast_ratio({255, 255, 255}, {255, 255, 255}), 1.0, 0.01);
}

TEST(Theme, ParsesOnlyHashAndSixHexDigits) {
    EXPECT_EQ(parse_colour("#1B4F72"), (Colour{0x1B, 0x4F, 0x72}));
    EXPECT_FALSE(parse_colour("1B4F72"));
    EXPECT_FALSE(parse_colour("#1B4F7"));
    EXPECT_FALSE(parse_colour("#GGGGGG"));
}

TEST(Theme, UsesAPacksColoursWhenTheyAreReadable) {
    content::Branding branding;
    branding.primary = "#5B2C6F";
    const Palette palette = palette_from(branding);
    EXPECT_TRUE(palette.branding_used);
    EXPECT_EQ(palette.primary, (Colour{0x5B, 0x2C, 0x6F}));
}

TEST(Theme, FallsBackToSafeColoursWhenAPacksColoursFailContrast) {
    content::Branding branding;
    branding.primary = "#FFD700";  // yellow under white text: about 1.4:1
    const Palette palette = palette_from(branding);
    EXPECT_FALSE(palette.branding_used);
    EXPECT_GE(contrast_ratio(palette.on_primary, palette.primary), minimum_contrast);
}

TEST(Theme, SafePaletteItselfPassesAA) {
    const Palette safe;
    EXPECT_GE(contrast_ratio(safe.text, safe.background), minimum_contrast);
    EXPECT_GE(contrast_ratio(safe.muted, safe.background), minimum_contrast);
    EXPECT_GE(contrast_ratio(safe.muted, safe.disabled), minimum_contrast);
    EXPECT_GE(contrast_ratio(safe.on_primary, safe.primary), minimum_contrast);
    EXPECT_GE(contrast_ratio(safe.on_primary, safe.pressed), minimum_contrast);
    EXPECT_GE(contrast_ratio(safe.text, safe.surface), minimum_contrast);
    EXPECT_GE(contrast_ratio(safe.text, safe.pressed_surface), minimum_contrast);
}

TEST(Theme, TouchTargetsAreFifteenMillimetresAtTheScreensDpi) {
    EXPECT_GE(metrics_for(1280, 800, 96.f).min_target, 56.7f);
    EXPECT_GE(metrics_for(1280, 800, 160.f).min_target, 94.4f);
    EXPECT_GE(metrics_for(1024, 600, 96.f).body, 24.f);
}

// The 7" 800x480 panel: 5.24 px to the millimetre.
TEST(Theme, NeverUnderTwelvePointSevenMillimetresWithTwoAndAHalfBetween) {
    const Metrics m = metrics_for(800, 480, 133.f);
    EXPECT_NEAR(m.least_target, 66.5f, 0.1f);
    EXPECT_NEAR(m.target_gap, 13.1f, 0.1f);
    EXPECT_GE(m.gap, m.target_gap);
    EXPECT_GE(at_least_size(m).min_target, m.least_target);
    EXPECT_LT(at_least_size(m).min_target, m.min_target);
    // Ten keys of the least size fit across, inside the margins.
    EXPECT_LE(10 * m.least_target + 9 * m.target_gap, m.width - 2 * m.margin);
}

}  // namespace
}  // namespace kiosk::ui
