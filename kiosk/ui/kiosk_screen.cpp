#include "ui/kiosk_screen.h"

#include "ui/screens/build_view.h"
#include "ui/widgets/qr_texture.h"
#include "ui/widgets/text_fit.h"
#include "ui/widgets/ui_font.h"

namespace kiosk::ui {

KioskScreen::KioskScreen(const content::Pack& pack, const ScreenDensity& density)
    : pack_(pack), density_(density), palette_(palette_from(pack.branding)) {}

tl::expected<std::unique_ptr<KioskScreen>, std::string> KioskScreen::create(const content::Pack& pack,
                                                                            const LetterFontFiles& letter_fonts,
                                                                            float screen_dpi) {
    return create(pack, letter_fonts, ScreenDensity{screen_dpi, DensityOrigin::Settings, {}});
}

tl::expected<std::unique_ptr<KioskScreen>, std::string> KioskScreen::create(const content::Pack& pack,
                                                                            const LetterFontFiles& letter_fonts,
                                                                            const ScreenDensity& density) {
    std::unique_ptr<KioskScreen> screen(new KioskScreen(pack, density));
    const auto ui_font = find_ui_font();
    if (!ui_font) return tl::make_unexpected(ui_font.error());
    if (!screen->font_.loadFromFile(ui_font->string())) {
        return tl::make_unexpected("cannot load the screen font " + ui_font->string());
    }
    const std::pair<const std::filesystem::path*, sf::Font*> letter[] = {
        {&letter_fonts.regular, &screen->letter_fonts_.regular},
        {&letter_fonts.bold, &screen->letter_fonts_.bold},
        {&letter_fonts.italic, &screen->letter_fonts_.italic}};
    for (const auto& [file, font] : letter) {
        // A missing style falls back to the screen font: the preview stays readable.
        if (file->empty() || !font->loadFromFile(file->string())) font->loadFromFile(ui_font->string());
    }
    for (const auto& follow_up : pack.follow_ups) {
        sf::Texture texture;
        if (make_qr_texture(follow_up.url, texture)) screen->pictures_.emplace("qr." + follow_up.id, std::move(texture));
    }
    if (!pack.branding.logo.empty()) {
        const auto logo = pack.branding.logo.is_absolute() ? pack.branding.logo : pack.root / pack.branding.logo;
        sf::Texture texture;
        if (texture.loadFromFile(logo.string())) {
            texture.setSmooth(true);
            screen->pictures_.emplace("logo", std::move(texture));
        }
    }
    screen->resize(1280.f, 800.f);
    return screen;
}

void KioskScreen::resize(float width, float height) {
    metrics_ = metrics_for(width, height, density_.dpi);
    widest_county_ = nullptr;
    float widest_width = 0.f;
    for (const auto& state : pack_.states) {
        for (const auto& county : state.counties) {
            const float width_of_name = text_width(font_, county, unsigned(metrics_.body), false);
            if (width_of_name > widest_width) widest_width = width_of_name, widest_county_ = &county;
        }
    }
}

View KioskScreen::build(const flow::VisitorFlow& flow, flow::Clock::time_point now, const std::vector<PreviewLetter>& letters,
                        const ReviewState& review, const std::vector<LetterSummary>& printed,
                        const StaffDesk* staff) const {
    const ScreenContext context{pack_, flow, metrics_, font_, now, letters, review, printed, staff, widest_county_, &density_};
    return build_view(context);
}

void KioskScreen::paint(sf::RenderTarget& target, const View& view, const ScrollOffsets& offsets,
                        const std::string& pressed_id, const std::vector<PreviewLetter>& letters) const {
    const PaintResources resources{font_, letter_fonts_, pictures_, letters};
    ui::paint(target, view, offsets, pressed_id, palette_, metrics_, resources);
}

}  // namespace kiosk::ui
