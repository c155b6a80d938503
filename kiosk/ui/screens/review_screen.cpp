// Review: the real letters, painted from the same layout the PDF is made from, with
// Edit buttons back to each step and the other languages offered for the letter.
#include <algorithm>

#include "ui/flow/visit.h"
#include "ui/screens/build_view.h"
#include "ui/screens/layout_kit.h"
#include "ui/widgets/text_fit.h"

namespace kiosk::ui {
namespace {

// The letters stacked in one scrolling area, each under a caption naming it.
void add_letters(View& view, const ScreenContext& context, const Rect& viewport) {
    const Metrics& m = context.metrics;
    const std::string area_id = "review.letter";
    const float padding = m.gap;
    float y = viewport.y + padding;
    float widest = viewport.width;
    const std::size_t count = context.letters.size();
    for (std::size_t i = 0; i < count; ++i) {
        const PreviewLetter& letter = context.letters[i];
        const auto* recipient = context.pack.find_recipient(letter.recipient_id);
        std::string caption = fill(fill(context.text("ui.review.letter-of"), "n", std::to_string(i + 1)), "count",
                                   std::to_string(count));
        if (recipient) caption += ": " + recipient->label.in(context.language(), context.pack.default_language());
        const FittedText fitted = fit_text(context.font, caption, viewport.width - 2 * padding, m.body * 3, unsigned(m.body),
                                           unsigned(m.small), true);
        TextBlock heading{caption, {viewport.x + padding, y, viewport.width - 2 * padding, fitted.height}, unsigned(m.body),
                          unsigned(m.small), true, Tone::Heading};
        heading.scroll_area = area_id;
        view.texts.push_back(heading);
        y += fitted.height + m.gap * 0.5f;
        if (!letter.error.empty()) {
            TextBlock error{context.text("ui.review.error"), {viewport.x + padding, y, viewport.width - 2 * padding, m.body * 3},
                            unsigned(m.body), unsigned(m.small), false, Tone::Error};
            error.scroll_area = area_id;
            view.texts.push_back(error);
            y += m.body * 3 + m.gap;
            continue;
        }
        const float fit_scale = (viewport.width - 2 * padding) / letter.layout.page_width;
        // Zoomed, a line of 11 pt letter text is about 24 px tall: readable at arm's length.
        const float scale = context.zoomed ? std::max(fit_scale * 1.8f, 2.1f) : fit_scale;
        const float page_width = letter.layout.page_width * scale;
        const float page_height = letter.layout.page_height * scale;
        for (std::size_t page = 0; page < letter.layout.pages.size(); ++page) {
            view.pages.push_back({i, page, {viewport.x + padding, y, page_width, page_height}, scale, area_id});
            y += page_height + m.gap;
        }
        widest = std::max(widest, page_width + 2 * padding);
        y += m.gap;
    }
    view.areas.push_back({area_id, viewport, widest, y - viewport.y});
}

}  // namespace

View build_review(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    View view;
    const float top = add_title(view, context, context.text("ui.review.title"), m.height < 700 ? "" : context.text("ui.review.hint"));
    const Rect area = content_area(m, top);

    Rect letters_box, side;
    if (m.portrait) {
        const float side_height = std::min(area.height * 0.45f, m.min_target * 5 + m.gap * 6 + m.body * 2);
        letters_box = {area.x, area.y, area.width, area.height - side_height - m.gap};
        side = {area.x, letters_box.bottom() + m.gap, area.width, side_height};
    } else {
        const float side_width = std::max(m.min_target * 5, area.width * 0.36f);
        letters_box = {area.x, area.y, area.width - side_width - m.gap * 2, area.height};
        side = {letters_box.right() + m.gap * 2, area.y, side_width, area.height};
    }
    add_letters(view, context, letters_box);

    // Edit buttons, two to a row.
    const std::vector<std::pair<flow::Screen, std::string>> steps = {
        {flow::Screen::Who, "ui.review.edit.who"},
        {flow::Screen::Where, "ui.review.edit.where"},
        {flow::Screen::Why, "ui.review.edit.why"},
        {flow::Screen::You, "ui.review.edit.you"}};
    const float half = (side.width - m.gap) / 2;
    float button_height = m.min_target;
    for (const auto& [step, key] : steps) button_height = std::max(button_height, button_height_for(context, context.text(key), half, false));
    const auto cells = grid(side, steps.size(), 2, button_height, m.gap);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        view.elements.push_back(make_element("review.edit." + flow::screen_name(steps[i].first), "button",
                                             context.text(steps[i].second), cells[i], Style::Secondary,
                                             flow::Event{flow::EditStep{steps[i].first}}));
    }
    float y = cells.back().bottom() + m.gap * 1.5f;

    // The letter's own language, when the pack has more than one.
    const auto& languages = context.pack.info.languages;
    if (languages.size() > 1) {
        const std::string caption = context.text("ui.review.letter-language");
        const FittedText fitted = fit_text(context.font, caption, side.width, m.body * 3, unsigned(m.body), unsigned(m.small), true);
        view.texts.push_back({caption, {side.x, y, side.width, fitted.height}, unsigned(m.body), unsigned(m.small), true, Tone::Normal});
        y += fitted.height + m.gap * 0.5f;
        const auto language_cells = grid({side.x, y, side.width, 0.f}, languages.size(), std::min<std::size_t>(languages.size(), 3),
                                         m.min_target, m.gap);
        for (std::size_t i = 0; i < languages.size(); ++i) {
            const auto rules = context.pack.language_rules.find(languages[i]);
            const std::string name = rules != context.pack.language_rules.end() ? rules->second.name : languages[i];
            Element button = make_element("review.language." + languages[i], "toggle", name, language_cells[i], Style::Toggle,
                                          flow::Event{flow::ChooseLetterLanguage{languages[i]}});
            button.selected = flow::letter_language(context.flow.visit()) == languages[i];
            view.elements.push_back(button);
        }
        y = language_cells.back().bottom() + m.gap * 1.5f;
    }
    if (y + m.min_target <= side.bottom()) {
        Element zoom = make_element("review.zoom", "toggle", context.text(context.zoomed ? "ui.review.zoom-out" : "ui.review.zoom-in"),
                                    {side.x, y, side.width, m.min_target}, Style::Secondary, ToggleZoom{});
        zoom.selected = context.zoomed;
        view.elements.push_back(zoom);
    }

    add_back(view, context);
    const bool printable = std::all_of(context.letters.begin(), context.letters.end(),
                                       [](const PreviewLetter& letter) { return letter.error.empty(); });
    add_primary(view, context, "review.print", context.text("ui.review.print"), printable && !context.letters.empty(),
                flow::Event{flow::Print{}});
    return view;
}

}  // namespace kiosk::ui
