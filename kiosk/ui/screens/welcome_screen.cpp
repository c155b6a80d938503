// Welcome: the campaign's headline, one big button, and the language choice.
#include <algorithm>
#include <cmath>

#include "ui/screens/build_view.h"
#include "ui/screens/layout_kit.h"
#include "ui/widgets/text_fit.h"

namespace kiosk::ui {

View build_welcome(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    View view;
    const float width = m.width - 2 * m.margin;
    // From the bottom up: the language buttons, the start button, then the words above
    // in what room is left (without the logo when the screen is low).
    const float language_y = m.height - m.margin - m.button_height;
    const float start_height = std::max(m.button_height * 1.5f, m.min_target * 1.4f);
    const float words_bottom = language_y - m.gap * 2 - start_height - m.gap;
    const unsigned headline_size = unsigned(m.title * 1.3f);
    const std::string& headline = context.text("ui.welcome.headline");
    const std::string& explain = context.text("ui.welcome.explain");
    const FittedText fitted_explain = fit_text(context.font, explain, width, m.height * 0.15f, unsigned(m.body), unsigned(m.small), false);
    const float top = m.margin + m.height * 0.04f;
    const float logo_side = context.pack.branding.logo.empty() ? 0.f : std::round(std::min(m.height * 0.16f, 128.f));
    auto headline_fit = [&](float room) {
        return fit_text(context.font, headline, width, room, headline_size, unsigned(m.title * 0.8f), true);
    };
    const float headline_room = words_bottom - top - fitted_explain.height - m.gap * 2;
    const bool logo = logo_side > 0 && headline_fit(headline_room - logo_side - m.gap).fits;
    const FittedText fitted = headline_fit(std::max(m.title, headline_room - (logo ? logo_side + m.gap : 0.f)));
    float y = top;
    if (logo) {
        view.pictures.push_back({"logo", {(m.width - logo_side) / 2, y, logo_side, logo_side}});
        y += logo_side + m.gap;
    }
    view.texts.push_back({headline, {m.margin, y, width, fitted.height}, headline_size, unsigned(m.title * 0.8f), true,
                          Tone::Heading, Align::Center});
    y += fitted.height + m.gap;
    view.texts.push_back({explain, {m.margin, y, width, fitted_explain.height}, unsigned(m.body), unsigned(m.small), false,
                          Tone::Muted, Align::Center});
    y += fitted_explain.height + m.gap * 2;

    // The language buttons sit at the bottom; the start button fills the middle.
    const auto& languages = context.flow.languages();
    const float language_width = std::min(m.min_target * 4.f, (width - m.gap * float(languages.size() - 1)) / float(languages.size()));
    const float row_width = language_width * float(languages.size()) + m.gap * float(languages.size() - 1);
    float x = (m.width - row_width) / 2;
    for (const auto& code : languages) {
        const auto rules = context.pack.language_rules.find(code);
        const std::string name = rules != context.pack.language_rules.end() && !rules->second.name.empty() ? rules->second.name : code;
        Element button = make_element("language." + code, "toggle", name, {x, language_y, language_width, m.button_height},
                                      Style::Toggle, flow::Event{flow::ChooseLanguage{code}});
        button.selected = context.language() == code;
        view.elements.push_back(button);
        x += language_width + m.gap;
    }

    const float start_width = std::min(width, std::max(m.width * 0.55f, m.min_target * 6));
    const float room = language_y - m.gap * 2 - y;
    const float start_y = y + std::max(0.f, (room - start_height) / 2);
    view.elements.push_back(make_element("welcome.start", "button", context.text("ui.welcome.tap"),
                                         {(m.width - start_width) / 2, start_y, start_width, start_height}, Style::Primary,
                                         flow::Event{flow::Start{}}));
    return view;
}

}  // namespace kiosk::ui
