// Who: one card per recipient in the pack; several may be chosen.
#include <algorithm>
#include <cmath>

#include "ui/screens/build_view.h"
#include "ui/screens/layout_kit.h"

namespace kiosk::ui {

View build_who(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    View view;
    const float top = add_title(view, context, context.text("ui.who.title"), context.text("ui.who.hint"));
    const Rect area = add_notice(view, context, content_area(m, top));
    const auto& recipients = context.pack.recipients;
    std::size_t columns = m.portrait ? 1 : 2;
    auto rows = [&] { return std::ceil(float(recipients.size()) / float(columns)); };
    float cell = (area.height - m.gap * (rows() - 1)) / rows();
    if (cell < m.min_target * 1.5f && !m.portrait) {
        columns = 3;
        cell = (area.height - m.gap * (rows() - 1)) / rows();
    }
    cell = std::min(cell, m.button_height * 2.2f);
    const auto cells = grid(area, recipients.size(), columns, std::max(cell, m.min_target), m.gap);
    for (std::size_t i = 0; i < recipients.size(); ++i) {
        const auto& recipient = recipients[i];
        const auto& language = context.language();
        Element card = make_element("recipient." + recipient.id, "toggle",
                                    recipient.label.in(language, context.pack.default_language()), cells[i], Style::Card,
                                    flow::Event{flow::ToggleRecipient{recipient.id}});
        card.detail = recipient.hint.in(language, context.pack.default_language());
        card.selected = context.flow.is_recipient_chosen(recipient.id);
        view.elements.push_back(card);
    }
    add_back(view, context);
    add_primary(view, context, "nav.next", context.text("ui.nav.next") + " ›", context.flow.can_go_next(),
                flow::Event{flow::Next{}});
    return view;
}

}  // namespace kiosk::ui
