// The drawing side of the kiosk, without a window: fonts, colours, pictures and the
// window's metrics, able to build any screen's View and paint it into any target (the
// window, or a texture in the screenshot tests).
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <tl/expected.hpp>

#include "content/pack.h"
#include "ui/flow/visitor_flow.h"
#include "ui/screens/screen_context.h"
#include "ui/screens/view.h"
#include "ui/widgets/painter.h"
#include "ui/widgets/theme.h"

namespace kiosk::ui {

// The TTF files the letter is set in (the same ones the PDF embeds).
struct LetterFontFiles {
    std::filesystem::path regular, bold, italic;
};

class KioskScreen {
public:
    // Loads the UI font, the letter fonts and the QR codes once.
    // `density` sizes every layout; the staff screen says what it is and where it came from.
    static tl::expected<std::unique_ptr<KioskScreen>, std::string> create(const content::Pack& pack,
                                                                         const LetterFontFiles& letter_fonts,
                                                                         const ScreenDensity& density);
    // At a density the caller chose (previews, tests): shown as from the settings.
    static tl::expected<std::unique_ptr<KioskScreen>, std::string> create(const content::Pack& pack,
                                                                         const LetterFontFiles& letter_fonts,
                                                                         float screen_dpi);

    void resize(float width, float height);

    View build(const flow::VisitorFlow& flow, flow::Clock::time_point now, const std::vector<PreviewLetter>& letters,
               const ReviewState& review, const std::vector<LetterSummary>& printed, const StaffDesk* staff) const;
    void paint(sf::RenderTarget& target, const View& view, const ScrollOffsets& offsets, const std::string& pressed_id,
               const std::vector<PreviewLetter>& letters) const;

    const Metrics& metrics() const { return metrics_; }
    const Palette& palette() const { return palette_; }
    const sf::Font& font() const { return font_; }

private:
    KioskScreen(const content::Pack& pack, const ScreenDensity& density);

    const content::Pack& pack_;
    ScreenDensity density_;
    Metrics metrics_;
    Palette palette_;
    sf::Font font_;
    LetterFonts letter_fonts_;
    std::map<std::string, sf::Texture> pictures_;
    const std::string* widest_county_ = nullptr;  // ScreenContext::widest_county, for metrics_
};

}  // namespace kiosk::ui
