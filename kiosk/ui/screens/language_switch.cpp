#include "ui/screens/language_switch.h"

#include <algorithm>

#include "ui/screens/layout_kit.h"
#include "ui/widgets/text_fit.h"

namespace kiosk::ui {
namespace {

bool offers_language_switch(flow::Screen screen) {
    switch (screen) {
        case flow::Screen::Who:
        case flow::Screen::Where:
        case flow::Screen::Why:
        case flow::Screen::You:
        case flow::Screen::Review:
        case flow::Screen::Printing:
        case flow::Screen::Done: return true;
        default: return false;
    }
}

struct LanguageButton {
    content::LanguageCode code;
    std::string name;  // in that language: a visitor finds their own
    float width = 0.f;
};

std::vector<LanguageButton> language_buttons(const ScreenContext& context) {
    std::vector<LanguageButton> buttons;
    if (!offers_language_switch(context.flow.screen())) return buttons;
    const Metrics& m = context.metrics;
    for (const auto& code : context.flow.languages()) {
        if (code == context.language()) continue;
        const auto rules = context.pack.language_rules.find(code);
        const bool named = rules != context.pack.language_rules.end() && !rules->second.name.empty();
        const std::string name = named ? rules->second.name : code;
        const float width =
            std::max(m.min_target * 2.f, text_width(context.font, name, unsigned(m.body), false) + m.gap * 3);
        buttons.push_back({code, name, width});
    }
    return buttons;
}

}  // namespace

Rect language_switch_area(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    const auto buttons = language_buttons(context);
    if (buttons.empty()) return {m.width - m.margin, m.margin, 0.f, 0.f};
    float width = m.gap * float(buttons.size() - 1);
    for (const auto& button : buttons) width += button.width;
    return {m.width - m.margin - width, m.margin, width, m.min_target};
}

float below_language_switch(const ScreenContext& context) {
    const Rect area = language_switch_area(context);
    return area.height > 0 ? area.bottom() + context.metrics.gap : context.metrics.margin;
}

void add_language_switch(View& view, const ScreenContext& context) {
    const bool placed = std::any_of(view.elements.begin(), view.elements.end(),
                                    [](const Element& element) { return element.id.rfind("language.", 0) == 0; });
    if (placed) return;
    const Rect area = language_switch_area(context);
    float x = area.x;
    for (const auto& button : language_buttons(context)) {
        view.elements.push_back(make_element("language." + button.code, "button", button.name,
                                             {x, area.y, button.width, area.height}, Style::Secondary,
                                             flow::Event{flow::ChooseLanguage{button.code}}));
        x += button.width + context.metrics.gap;
    }
}

}  // namespace kiosk::ui
