// The screen density from the panel's pixels and millimetres, and what is said of it.
#include "ui/panel_density.h"

#include <gtest/gtest.h>

#include "test_pack.h"
#include "ui/staff/staff_words.h"

namespace kiosk::ui {
namespace {

TEST(PanelDensity, ATenInchPanelMeasuresAbout150Dpi) {
    const ScreenDensity density = density_from_panel(PanelSize{1280, 800, 217, 136});
    EXPECT_EQ(density.origin, DensityOrigin::PanelSize);
    EXPECT_NEAR(density.dpi, 149.7f, 0.1f);
    EXPECT_EQ(density_sentence(density), "screen density 150 dpi, from the panel's size (217 × 136 mm)");
}

TEST(PanelDensity, ASevenInchPanelWithTallerPixelsStillMeasures) {
    // 800x480 on 154 × 86 mm: 132 dpi across, 142 down.
    const ScreenDensity density = density_from_panel(PanelSize{800, 480, 154, 86});
    EXPECT_EQ(density.origin, DensityOrigin::PanelSize);
    EXPECT_NEAR(density.dpi, 134.3f, 0.2f);
}

TEST(PanelDensity, APanelTurnedToPortraitKeepsItsDensity) {
    // The EDID gives the landscape millimetres of a 21.5" panel shown 1080 wide.
    const ScreenDensity portrait = density_from_panel(PanelSize{1080, 1920, 476, 268});
    const ScreenDensity landscape = density_from_panel(PanelSize{1920, 1080, 476, 268});
    EXPECT_EQ(portrait.origin, DensityOrigin::PanelSize);
    EXPECT_NEAR(portrait.dpi, 102.5f, 0.2f);
    EXPECT_FLOAT_EQ(portrait.dpi, landscape.dpi);
}

TEST(PanelDensity, APanelThatReportsNoSizeGets96) {
    const ScreenDensity density = density_from_panel(PanelSize{1280, 800, 0, 0});
    EXPECT_EQ(density.origin, DensityOrigin::NoPanelSize);
    EXPECT_FLOAT_EQ(density.dpi, 96.f);
    EXPECT_EQ(density_sentence(density), "screen density 96 dpi, the panel reports no size");
    EXPECT_EQ(density_from_panel(PanelSize{1280, 800, 217, 0}).origin, DensityOrigin::NoPanelSize);
}

TEST(PanelDensity, ASizeNoPanelHasGets96) {
    for (const PanelSize& panel : {
             PanelSize{1920, 1080, 160, 90},    // a TV's shape, 16:9, written as centimetres
             PanelSize{1920, 1080, 16, 9},      // the same in millimetres: 3048 dpi
             PanelSize{1280, 800, 2170, 1360},  // centimetres read as tenths: 15 dpi
             PanelSize{1280, 800, 50, 31},      // 650 dpi
             PanelSize{1280, 800, 300, 100},    // 108 dpi across but 203 down
         }) {
        SCOPED_TRACE(std::to_string(panel.width_mm) + "x" + std::to_string(panel.height_mm));
        const ScreenDensity density = density_from_panel(panel);
        EXPECT_EQ(density.origin, DensityOrigin::ImplausibleSize);
        EXPECT_FLOAT_EQ(density.dpi, 96.f);
    }
    EXPECT_EQ(density_sentence(density_from_panel(PanelSize{1920, 1080, 160, 90})),
              "screen density 96 dpi, the panel reports a size no panel has (160 × 90 mm)");
}

TEST(PanelDensity, NoPanelGets96) {
    const ScreenDensity density = density_from_panel(std::nullopt);
    EXPECT_EQ(density.origin, DensityOrigin::NoPanel);
    EXPECT_FLOAT_EQ(density.dpi, 96.f);
}

TEST(PanelDensity, TheSettingsOverrideWhatThePanelSays) {
    const ScreenDensity set = chosen_density(141.f, PanelSize{1280, 800, 217, 136});
    EXPECT_EQ(set.origin, DensityOrigin::Settings);
    EXPECT_FLOAT_EQ(set.dpi, 141.f);
    EXPECT_EQ(density_sentence(set), "screen density 141 dpi, from the settings (screen_dpi)");
    const ScreenDensity measured = chosen_density(std::nullopt, PanelSize{1280, 800, 217, 136});
    EXPECT_EQ(measured.origin, DensityOrigin::PanelSize);
}

TEST(PanelDensity, TheStaffScreenSaysEveryOriginInEnglishAndSpanish) {
    const content::Pack pack = testing::small_pack();
    for (const DensityOrigin origin : {DensityOrigin::Settings, DensityOrigin::PanelSize, DensityOrigin::NoPanelSize,
                                       DensityOrigin::ImplausibleSize, DensityOrigin::NoPanel}) {
        const StaffNote note = density_note({96.f, origin, {1280, 800, 160, 90}});
        EXPECT_TRUE(has_staff_words(note.key)) << note.key;
        EXPECT_NE(staff_text(pack, "en", note.key), staff_text(pack, "es", note.key)) << note.key;
    }
    const StaffNote measured = density_note(density_from_panel(PanelSize{1280, 800, 217, 136}));
    EXPECT_EQ(measured.key, "staff.settings.density.panel");
    EXPECT_EQ(measured.values.at("dpi"), "150");
    EXPECT_EQ(measured.values.at("width"), "217");
    EXPECT_EQ(measured.values.at("height"), "136");
}

}  // namespace
}  // namespace kiosk::ui
