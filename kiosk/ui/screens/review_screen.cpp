// Review: the real letters, painted from the same layout the PDF is made from, one at
// a time under a header naming it, with tabs to the others; large text reflows the
// letter into its column. Change buttons go back to each step, and the other languages
// are offered for the letter.
#include <algorithm>

#include "ui/flow/visit.h"
#include "ui/screens/build_view.h"
#include "ui/screens/layout_kit.h"
#include "ui/screens/review_columns.h"
#include "ui/widgets/text_fit.h"

namespace kiosk::ui {
namespace {

const std::string letter_area = "review.letter";
const std::string side_area = "review.side";

// A language as its speakers name it ("Español"), or its code when the pack names none.
std::string language_name(const ScreenContext& context, const std::string& code) {
    const auto rules = context.pack.language_rules.find(code);
    return rules != context.pack.language_rules.end() && !rules->second.name.empty() ? rules->second.name : code;
}

// "Letter 2 of 3: Sheriff", above the scroll area so it stays in view while reading.
float add_letter_header(View& view, const ScreenContext& context, const Rect& column, std::size_t shown) {
    const Metrics& m = context.metrics;
    const std::size_t count = context.letters.size();
    std::string caption = fill(fill(context.text("ui.review.letter-of"), "n", std::to_string(shown + 1)), "count",
                               std::to_string(count));
    if (const auto* recipient = context.pack.find_recipient(context.letters[shown].recipient_id)) {
        caption += ": " + recipient->label.in(context.language(), context.pack.default_language());
    }
    const FittedText fitted = fit_text(context.font, caption, column.width, m.body * 3, unsigned(m.body * 1.1f),
                                       unsigned(m.small), true);
    view.texts.push_back({caption, {column.x, column.y, column.width, fitted.height}, unsigned(m.body * 1.1f),
                          unsigned(m.small), true, Tone::Heading});
    return column.y + fitted.height + m.gap * 0.5f;
}

// One tab per letter, "Letter 1", "Letter 2", …: one tap shows that letter. As many to
// a row as their labels allow.
float add_letter_tabs(View& view, const ScreenContext& context, const Rect& column, float y, std::size_t shown) {
    const Metrics& m = context.metrics;
    const std::size_t count = context.letters.size();
    std::vector<std::string> labels;
    float widest = m.min_target * 1.5f;
    for (std::size_t i = 0; i < count; ++i) {
        labels.push_back(fill(context.text("ui.review.letter-tab"), "n", std::to_string(i + 1)));
        widest = std::max(widest, text_width(context.font, labels.back(), unsigned(m.body), false) + 3 * m.gap);
    }
    const std::size_t columns =
        std::clamp<std::size_t>(std::size_t((column.width + m.gap) / (widest + m.gap)), 1, count);
    const auto cells = grid({column.x, y, column.width, 0.f}, count, columns, m.min_target, m.gap);
    for (std::size_t i = 0; i < count; ++i) {
        Element tab = make_element("review.letter." + std::to_string(i + 1), "tab", labels[i], cells[i], Style::Toggle,
                                   ShowLetter{i});
        tab.selected = i == shown;
        view.elements.push_back(tab);
    }
    return cells.back().bottom() + m.gap;
}

// The shown letter in its scroll area: its printed pages fitted to the width, or in
// large text its reflowed column, drawn at the scale it was reflowed for.
void add_letter(View& view, const ScreenContext& context, const Rect& viewport, std::size_t shown) {
    const Metrics& m = context.metrics;
    const float padding = letter_padding(m);
    const PreviewLetter& letter = context.letters[shown];
    float y = viewport.y + padding;
    if (!letter.error.empty()) {
        TextBlock error{context.text("ui.review.error"), {viewport.x + padding, y, viewport.width - 2 * padding, m.body * 3},
                        unsigned(m.body), unsigned(m.small), false, Tone::Error};
        error.scroll_area = letter_area;
        view.texts.push_back(error);
        y += m.body * 3 + padding;
    } else {
        const bool reflowed = context.review.large_text;
        const letter::LetterLayout& layout = reflowed ? letter.reflowed : letter.layout;
        const float scale = reflowed ? large_text(m).scale : (viewport.width - 2 * padding) / layout.page_width;
        for (std::size_t page = 0; page < layout.pages.size(); ++page) {
            const Rect rect{viewport.x + padding, y, layout.page_width * scale, layout.page_height * scale};
            view.pages.push_back({shown, page, reflowed, rect, scale, letter_area});
            y += rect.height + m.gap;
        }
        y += padding - m.gap;
    }
    view.areas.push_back({letter_area, viewport, viewport.width, y - viewport.y});
}

}  // namespace

View build_review(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    View view;
    const bool large = context.review.large_text;
    const std::string hint = m.height < 700 ? "" : context.text(large ? "ui.review.hint-large" : "ui.review.hint");
    const float top = add_title(view, context, context.text("ui.review.title"), hint);
    const ReviewColumns columns = review_columns(m, content_area(m, top));

    if (!context.letters.empty()) {
        const std::size_t shown = std::min(context.review.letter, context.letters.size() - 1);
        float y = add_letter_header(view, context, columns.letter, shown);
        if (context.letters.size() > 1) y = add_letter_tabs(view, context, columns.letter, y, shown);
        add_letter(view, context, {columns.letter.x, y, columns.letter.width, columns.letter.bottom() - y}, shown);
    }

    // Large text first: reading comes before changing.
    const Rect& side = columns.side;
    const std::size_t first_side_element = view.elements.size(), first_side_text = view.texts.size();
    Element large_text_button = make_element("review.large-text", "toggle",
                                             context.text(large ? "ui.review.whole-page" : "ui.review.large-text"),
                                             {side.x, side.y, side.width, m.min_target}, Style::Secondary, ToggleLargeText{});
    large_text_button.selected = large;
    view.elements.push_back(large_text_button);
    float y = side.y + m.min_target + m.gap * 1.5f;

    // Change buttons, two to a row.
    const std::vector<std::pair<flow::Screen, std::string>> steps = {
        {flow::Screen::Who, "ui.review.edit.who"},
        {flow::Screen::Where, "ui.review.edit.where"},
        {flow::Screen::Why, "ui.review.edit.why"},
        {flow::Screen::You, "ui.review.edit.you"}};
    const float half = (side.width - m.gap) / 2;
    float button_height = m.min_target;
    for (const auto& [step, key] : steps) button_height = std::max(button_height, button_height_for(context, context.text(key), half, false));
    const auto cells = grid({side.x, y, side.width, 0.f}, steps.size(), 2, button_height, m.gap);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        view.elements.push_back(make_element("review.edit." + flow::screen_name(steps[i].first), "button",
                                             context.text(steps[i].second), cells[i], Style::Secondary,
                                             flow::Event{flow::EditStep{steps[i].first}}));
    }
    y = cells.back().bottom() + m.gap * 1.5f;

    // The letter's own language, when the pack has more than one: as many to a row as
    // their names fit beside their check boxes.
    const auto& languages = context.flow.languages();
    if (languages.size() > 1) {
        const std::string caption = context.text("ui.review.letter-language");
        const FittedText fitted = fit_text(context.font, caption, side.width, m.body * 3, unsigned(m.body), unsigned(m.small), true);
        view.texts.push_back({caption, {side.x, y, side.width, fitted.height}, unsigned(m.body), unsigned(m.small), true, Tone::Normal});
        y += fitted.height + m.gap * 0.5f;
        float widest = 0.f;
        for (const auto& code : languages) widest = std::max(widest, text_width(context.font, language_name(context, code), unsigned(m.body), false));
        const float toggle_width = widest + m.body * 1.1f + m.gap * 4;  // the name, its check box and the padding
        const std::size_t columns = std::clamp<std::size_t>(std::size_t((side.width + m.gap) / (toggle_width + m.gap)), 1,
                                                            std::min<std::size_t>(languages.size(), 3));
        const auto language_cells = grid({side.x, y, side.width, 0.f}, languages.size(), columns, m.min_target, m.gap);
        for (std::size_t i = 0; i < languages.size(); ++i) {
            Element button = make_element("review.language." + languages[i], "toggle", language_name(context, languages[i]),
                                          language_cells[i], Style::Toggle,
                                          flow::Event{flow::ChooseLetterLanguage{languages[i]}});
            button.selected = flow::letter_language(context.flow.visit()) == languages[i];
            view.elements.push_back(button);
        }
        y = language_cells.back().bottom();
    }
    // A low screen: the side column scrolls rather than run under the bottom bar.
    if (y > side.bottom()) {
        for (std::size_t i = first_side_element; i < view.elements.size(); ++i) view.elements[i].scroll_area = side_area;
        for (std::size_t i = first_side_text; i < view.texts.size(); ++i) view.texts[i].scroll_area = side_area;
        view.areas.push_back({side_area, side, side.width, y - side.y});
    }

    add_back(view, context);
    const bool printable = std::all_of(context.letters.begin(), context.letters.end(),
                                       [](const PreviewLetter& letter) { return letter.error.empty(); });
    const std::size_t to_print = context.flow.letters_to_print();
    add_primary(view, context, "review.print", counted(context, "ui.review.print", to_print),
                printable && !context.letters.empty() && to_print > 0, flow::Event{flow::Print{}});
    return view;
}

}  // namespace kiosk::ui
