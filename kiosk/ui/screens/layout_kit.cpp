#include "ui/screens/layout_kit.h"

#include <algorithm>
#include <cmath>
#include <variant>

#include "ui/screens/language_switch.h"
#include "ui/widgets/text_fit.h"

namespace kiosk::ui {

ScreenContext with_metrics(const ScreenContext& context, const Metrics& metrics) {
    return {context.pack,    context.flow,    metrics,       context.font,         context.now, context.letters,
            context.review,  context.printed, context.staff, context.widest_county};
}

std::string fill(std::string text, const std::string& name, const std::string& value) {
    const std::string marker = "{{" + name + "}}";
    for (auto at = text.find(marker); at != std::string::npos; at = text.find(marker, at + value.size())) {
        text.replace(at, marker.size(), value);
    }
    return text;
}

std::string counted(const ScreenContext& context, const std::string& key, std::size_t count) {
    return fill(context.text(key + (count == 1 ? ".one" : ".other")), "count", std::to_string(count));
}

Element make_element(std::string id, std::string role, std::string label, Rect rect, Style style, Action action) {
    Element element;
    element.id = std::move(id);
    element.role = std::move(role);
    element.label = std::move(label);
    element.rect = rect;
    element.style = style;
    element.action = std::move(action);
    return element;
}

float add_title(View& view, const ScreenContext& context, const std::string& title, const std::string& hint) {
    const Metrics& m = context.metrics;
    const float width = m.width - 2 * m.margin;
    const Rect language = language_switch_area(context);
    // Beside the language switch, the title and hint stop short of it.
    const float beside_switch = language.width > 0 ? language.x - m.gap * 2 - m.margin : width;
    const unsigned title_min = std::max(28u, unsigned(m.title * 0.75f));
    const FittedText fitted_title =
        fit_text(context.font, title, beside_switch, m.height * 0.2f, unsigned(m.title), title_min, true);
    TextBlock heading{title, {m.margin, m.margin, beside_switch, fitted_title.height}, unsigned(m.title), title_min, true,
                      Tone::Heading};
    view.texts.push_back(heading);
    float y = m.margin + fitted_title.height;
    if (!hint.empty()) {
        y += m.gap * 0.5f;
        const float hint_width = y < language.bottom() ? beside_switch : width;
        const FittedText fitted_hint =
            fit_text(context.font, hint, hint_width, m.height * 0.15f, unsigned(m.body), unsigned(m.small), false);
        view.texts.push_back({hint, {m.margin, y, hint_width, fitted_hint.height}, unsigned(m.body), unsigned(m.small), false,
                              Tone::Muted});
        y += fitted_hint.height;
    }
    return std::max(y, language.bottom()) + m.gap;
}

float add_centered(View& view, const ScreenContext& context, const std::string& text, float y, unsigned size, bool bold,
                   Tone tone) {
    const Metrics& m = context.metrics;
    const float width = m.width - 2 * m.margin;
    const unsigned minimum = std::max(unsigned(m.small), unsigned(size * 0.75f));
    const FittedText fitted = fit_text(context.font, text, width, m.height * 0.25f, size, minimum, bold);
    view.texts.push_back({text, {m.margin, y, width, fitted.height}, size, minimum, bold, tone, Align::Center});
    return y + fitted.height + m.gap;
}

Rect nav_bar(const Metrics& m) {
    const float height = m.button_height;
    return {m.margin, m.height - m.margin - height, m.width - 2 * m.margin, height};
}

Rect content_area(const Metrics& m, float top) {
    return {m.margin, top, m.width - 2 * m.margin, nav_bar(m).y - m.gap - top};
}

namespace {

// A narrow bar (a 7" panel) keeps more of its width for the button between Back and
// the primary ("Skip: I will write it by hand").
float nav_button_width(const Metrics& m) {
    const float bar = m.width - 2 * m.margin;
    return std::max(m.min_target * 2.5f, std::round(bar * (bar < m.min_target * 14 ? 0.23f : 0.29f)));
}

// A visitor step opened by "Change …" on Review. The flow stays in edit mode on staff
// screens opened meanwhile, and those keep their Back.
bool opened_from_review(const ScreenContext& context) {
    const flow::Screen screen = context.flow.screen();
    return context.flow.editing() && (screen == flow::Screen::Who || screen == flow::Screen::Where ||
                                      screen == flow::Screen::Why || screen == flow::Screen::You);
}

// Back's place at the left of the bottom bar; no width where there is no Back.
Rect back_rect(const ScreenContext& context) {
    const Rect bar = nav_bar(context.metrics);
    return {bar.x, bar.y, opened_from_review(context) ? 0.f : nav_button_width(context.metrics), bar.height};
}

// The primary's place at the right of the bottom bar, wide enough for `label` on one
// line ("Imprimir 2 cartas") up to 40 % of the bar. With no Back beside it, "Back to my
// letter" may take the room its words need.
Rect primary_rect(const ScreenContext& context, const std::string& label = "") {
    const Metrics& m = context.metrics;
    const Rect bar = nav_bar(m);
    float width = nav_button_width(m);
    auto natural = [&](const std::string& text) { return text_width(context.font, text, unsigned(m.body * 1.1f), true) + m.gap * 4; };
    if (opened_from_review(context)) {
        width = std::clamp(natural(context.text("ui.nav.back-to-letter")), width, bar.width);
    } else if (!label.empty()) {
        width = std::clamp(natural(label), width, std::max(width, bar.width * 0.4f));
    }
    return {bar.right() - width, bar.y, width, bar.height};
}

}  // namespace

void add_back(View& view, const ScreenContext& context) {
    if (opened_from_review(context)) return;
    Element back = make_element("nav.back", "button", "‹ " + context.text("ui.nav.back"), back_rect(context),
                                Style::Secondary, flow::Event{flow::Back{}});
    back.disabled = !context.flow.can_go_back();
    view.elements.push_back(back);
}

void add_primary(View& view, const ScreenContext& context, std::string id, const std::string& label, bool enabled,
                 Action action) {
    const Rect rect = primary_rect(context, label);
    Element primary = opened_from_review(context)
                          ? make_element("nav.to-letter", "button", context.text("ui.nav.back-to-letter"), rect,
                                         Style::Primary, flow::Event{flow::ReturnToReview{}})
                          : make_element(std::move(id), "button", label, rect, Style::Primary, std::move(action));
    primary.disabled = !enabled;
    // Next and "Back to my letter" make the flow say what is missing when tapped too soon.
    const auto* event = std::get_if<flow::Event>(&primary.action);
    primary.explains_when_disabled =
        event && (std::holds_alternative<flow::Next>(*event) || std::holds_alternative<flow::ReturnToReview>(*event));
    view.elements.push_back(primary);
}

Rect nav_bar_middle(const ScreenContext& context, const std::string& primary_label) {
    const float gap = context.metrics.gap;
    const Rect back = back_rect(context);
    const Rect primary = primary_rect(context, primary_label.empty() ? context.text("ui.nav.next") + " ›" : primary_label);
    const float left = back.width > 0 ? back.right() + gap : back.x;
    return {left, primary.y, primary.x - gap - left, primary.height};
}

Rect add_notice(View& view, const ScreenContext& context, const Rect& content) {
    const std::string& key = context.flow.notice_key();
    if (key.empty()) return content;
    const Metrics& m = context.metrics;
    const std::string& notice = context.text(key);
    const FittedText fitted =
        fit_text(context.font, notice, content.width, m.body * 4, unsigned(m.body), unsigned(m.small), true);
    const float y = content.bottom() - fitted.height;
    // Right-aligned: it ends above the button the visitor just tapped.
    view.texts.push_back({notice, {content.x, y, content.width, fitted.height}, unsigned(m.body), unsigned(m.small), true,
                          Tone::Error, Align::Right});
    return {content.x, content.y, content.width, y - m.gap - content.y};
}

float key_gap(const Metrics& m) { return std::max(m.target_gap, std::min(m.gap * 0.6f, m.target_gap * 1.5f)); }

std::vector<Rect> grid(const Rect& area, std::size_t count, std::size_t columns, float cell_height, float gap) {
    std::vector<Rect> cells;
    columns = std::max<std::size_t>(1, columns);
    const float cell_width = (area.width - gap * float(columns - 1)) / float(columns);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t row = i / columns, column = i % columns;
        cells.push_back({area.x + float(column) * (cell_width + gap), area.y + float(row) * (cell_height + gap),
                         cell_width, cell_height});
    }
    return cells;
}

bool holds_every_target(const View& view, const Metrics& m) {
    const Rect window{0.f, 0.f, m.width, m.height};
    // Each target grown by half the least gap: two that then overlap are too close.
    const float half_gap = m.target_gap / 2 - 0.01f;
    std::vector<Rect> targets;
    for (const auto& element : view.elements) {
        // The whole-screen "still there" button lies under everything on its screen.
        if (!element.scroll_area.empty() || element.id == "still-there.continue") continue;
        if (!window.encloses(element.rect, 0.f)) return false;
        targets.push_back(element.rect.inset(-half_gap));
    }
    for (const auto& text : view.texts) {
        if (text.scroll_area.empty() && !window.encloses(text.box, 0.f)) return false;
    }
    for (std::size_t a = 0; a < targets.size(); ++a) {
        for (std::size_t b = a + 1; b < targets.size(); ++b) {
            if (targets[a].overlaps(targets[b])) return false;
        }
    }
    return true;
}

float button_height_for(const ScreenContext& context, const std::string& label, float width, bool bold) {
    const Metrics& m = context.metrics;
    const float padding = m.gap;
    const FittedText fitted = fit_text(context.font, label, width - 2 * padding, 10000.f, unsigned(m.body),
                                       unsigned(m.small), bold);
    return std::max(m.min_target, fitted.height + 2 * padding);
}

}  // namespace kiosk::ui
