// Who: one card per recipient in the pack; several may be chosen. As many columns as
// keep every card's name and line under it whole; on a low screen the hint goes first,
// then the cards scroll.
#include <algorithm>
#include <cmath>
#include <optional>

#include "ui/screens/build_view.h"
#include "ui/screens/layout_kit.h"
#include "ui/widgets/text_fit.h"

namespace kiosk::ui {
namespace {

const std::string area_id = "who.recipients";

// The height a card `width` wide needs for its name and the line under it, as the
// painter lays them out (painter.cpp, label_layouts), or 0 when a word would not fit
// across it.
float card_height(const ScreenContext& context, const std::string& label, const std::string& detail, float width) {
    const Metrics& m = context.metrics;
    const float padding = m.gap, mark = m.body * 1.1f;
    const float inner = width - 2 * padding - mark - padding;
    for (const auto& [text, bold] : {std::pair{&label, true}, std::pair{&detail, false}}) {
        std::size_t from = 0;
        while (from < text->size()) {
            const std::size_t to = std::min(text->find(' ', from), text->size());
            if (text_width(context.font, text->substr(from, to - from), unsigned(m.small), bold) > inner) return 0.f;
            from = to + 1;
        }
    }
    const float title = fit_text(context.font, label, inner, 10000.f, unsigned(m.body * 1.15f), unsigned(m.small), true).height;
    const float under = fit_text(context.font, detail, inner, 10000.f, unsigned(m.small), unsigned(m.small), false).height;
    return std::max(2 * title, title + 4 + under) + 2 * padding + 2;
}

struct CardGrid {
    std::size_t columns = 1;
    float cell = 0.f;     // each card's height
    float height = 0.f;   // the whole grid's
};

// The fewest columns whose cards all fit in `area`, else the one needing the least height.
CardGrid card_grid(const ScreenContext& context, const Rect& area) {
    const Metrics& m = context.metrics;
    const auto& recipients = context.pack.recipients;
    const auto& language = context.language();
    std::vector<std::size_t> choices = m.portrait ? std::vector<std::size_t>{1, 2} : std::vector<std::size_t>{2, 3, 1};
    std::optional<CardGrid> best;
    for (const std::size_t columns : choices) {
        const float width = (area.width - m.gap * float(columns - 1)) / float(columns);
        float needed = m.min_target;
        bool whole_words = true;
        for (const auto& recipient : recipients) {
            const float height = card_height(context, recipient.label.in(language, context.pack.default_language()),
                                             recipient.hint.in(language, context.pack.default_language()), width);
            whole_words = whole_words && height > 0;
            needed = std::max(needed, height);
        }
        if (!whole_words) continue;
        const float rows = std::ceil(float(recipients.size()) / float(columns));
        const float cell = std::min(std::max(needed, (area.height - m.gap * (rows - 1)) / rows),
                                    std::max(needed, m.button_height * 2.2f));
        const CardGrid grid{columns, cell, rows * cell + (rows - 1) * m.gap};
        if (grid.height <= area.height + 0.5f) return grid;
        if (!best || grid.height < best->height) best = grid;
    }
    return best ? *best : CardGrid{1, m.min_target * 2, 0.f};
}

}  // namespace

View build_who(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    View view;
    Rect area;
    CardGrid cards;
    for (const bool with_hint : {true, false}) {
        view = View{};
        const float top = add_title(view, context, context.text("ui.who.title"), with_hint ? context.text("ui.who.hint") : "");
        area = add_notice(view, context, content_area(m, top));
        cards = card_grid(context, area);
        if (cards.height <= area.height + 0.5f) break;
    }
    const bool scrolls = cards.height > area.height + 0.5f;
    const auto& recipients = context.pack.recipients;
    const auto cells = grid(area, recipients.size(), cards.columns, cards.cell, m.gap);
    for (std::size_t i = 0; i < recipients.size(); ++i) {
        const auto& recipient = recipients[i];
        const auto& language = context.language();
        Element card = make_element("recipient." + recipient.id, "toggle",
                                    recipient.label.in(language, context.pack.default_language()), cells[i], Style::Card,
                                    flow::Event{flow::ToggleRecipient{recipient.id}});
        card.detail = recipient.hint.in(language, context.pack.default_language());
        card.selected = context.flow.is_recipient_chosen(recipient.id);
        if (scrolls) card.scroll_area = area_id;
        view.elements.push_back(card);
    }
    if (scrolls) view.areas.push_back({area_id, area, area.width, cards.height});
    add_back(view, context);
    add_primary(view, context, "nav.next", context.text("ui.nav.next") + " ›", context.flow.can_go_next(),
                flow::Event{flow::Next{}});
    return view;
}

}  // namespace kiosk::ui
