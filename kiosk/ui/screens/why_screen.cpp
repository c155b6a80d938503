// Why: grounds and health conditions as large toggle chips, in two groups. Chips are
// made lower (never below a touch target) so that every one fits on the screen; only
// when even that is not enough does the list scroll.
#include <algorithm>

#include "ui/screens/build_view.h"
#include "ui/screens/layout_kit.h"
#include "ui/widgets/text_fit.h"

namespace kiosk::ui {
namespace {

const std::string area_id = "why.reasons";

struct ChipRows {
    float bottom = 0.f;
    std::size_t count = 0;
};

// Lays chips left to right, wrapping to a new row.
ChipRows add_chips(View& view, const ScreenContext& context, const std::vector<content::Reason>& reasons, const Rect& area,
                   float y, float chip_height) {
    const Metrics& m = context.metrics;
    const float padding = m.gap * 1.5f;
    const float mark = m.body * 1.2f;  // room for the check mark drawn on selected chips
    float x = area.x;
    float row_height = 0.f;
    ChipRows rows{y, reasons.empty() ? 0u : 1u};
    for (const auto& reason : reasons) {
        const std::string label = reason.label.in(context.language(), context.pack.default_language());
        const float natural = text_width(context.font, label, unsigned(m.body), false) + 2 * padding + mark;
        const float width = std::min(area.width, std::max(m.min_target * 2, natural));
        const float height = std::max(chip_height, button_height_for(context, label, width - mark, false));
        if (x > area.x && x + width > area.right()) {
            x = area.x;
            y += row_height + m.gap;
            row_height = 0.f;
            ++rows.count;
        }
        Element chip = make_element("reason." + reason.id, "toggle", label, {x, y, width, height}, Style::Toggle,
                                    flow::Event{flow::ToggleReason{reason.id}});
        chip.selected = context.flow.is_reason_chosen(reason.id);
        chip.scroll_area = area_id;
        view.elements.push_back(chip);
        x += width + m.gap;
        row_height = std::max(row_height, height);
    }
    rows.bottom = y + row_height;
    return rows;
}

float add_group_heading(View& view, const ScreenContext& context, const std::string& text, const Rect& area, float y) {
    const Metrics& m = context.metrics;
    const FittedText fitted = fit_text(context.font, text, area.width, m.body * 3, unsigned(m.body), unsigned(m.small), true);
    TextBlock heading{text, {area.x, y, area.width, fitted.height}, unsigned(m.body), unsigned(m.small), true, Tone::Heading};
    heading.scroll_area = area_id;
    view.texts.push_back(heading);
    return y + fitted.height + m.gap * 0.5f;
}

// Both groups from the top of `viewport`; returns how many rows of chips they took and
// where the last one ends.
ChipRows add_groups(View& view, const ScreenContext& context, const Rect& viewport, float chip_height) {
    const Metrics& m = context.metrics;
    float y = add_group_heading(view, context, context.text("ui.why.grounds"), viewport, viewport.y);
    const ChipRows grounds = add_chips(view, context, context.pack.grounds, viewport, y, chip_height);
    y = add_group_heading(view, context, context.text("ui.why.conditions"), viewport, grounds.bottom + m.gap * 1.5f);
    const ChipRows conditions = add_chips(view, context, context.pack.conditions, viewport, y, chip_height);
    return {conditions.bottom, grounds.count + conditions.count};
}

}  // namespace

View build_why(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    View view;
    const float top = add_title(view, context, context.text("ui.why.title"), context.text("ui.why.hint"));
    const Rect viewport = add_notice(view, context, content_area(m, top));
    // A first layout on scratch paper says how much lower the chips must be to fit.
    View scratch;
    const ChipRows tall = add_groups(scratch, context, viewport, m.button_height);
    const float overflow = tall.bottom - viewport.bottom();
    const float chip_height =
        overflow > 0 && tall.count > 0 ? std::max(m.min_target, m.button_height - overflow / float(tall.count)) : m.button_height;
    const ChipRows rows = add_groups(view, context, viewport, chip_height);
    view.areas.push_back({area_id, viewport, viewport.width, rows.bottom - viewport.y});
    add_back(view, context);
    add_primary(view, context, "nav.next", context.text("ui.nav.next") + " ›", context.flow.can_go_next(),
                flow::Event{flow::Next{}});
    return view;
}

}  // namespace kiosk::ui
