// Why: grounds and health conditions as large toggle chips, in two groups, scrolling
// when a small screen cannot hold them all.
#include <algorithm>

#include "ui/screens/build_view.h"
#include "ui/screens/layout_kit.h"
#include "ui/widgets/text_fit.h"

namespace kiosk::ui {
namespace {

// Lays chips left to right, wrapping to a new row; returns the y below the last row.
float add_chips(View& view, const ScreenContext& context, const std::vector<content::Reason>& reasons, const Rect& area,
                float y, const std::string& area_id) {
    const Metrics& m = context.metrics;
    const float padding = m.gap * 1.5f;
    const float mark = m.body * 1.2f;  // room for the check mark drawn on selected chips
    float x = area.x;
    float row_height = 0.f;
    for (const auto& reason : reasons) {
        const std::string label = reason.label.in(context.language(), context.pack.default_language());
        const float natural = text_width(context.font, label, unsigned(m.body), false) + 2 * padding + mark;
        const float width = std::min(area.width, std::max(m.min_target * 2, natural));
        const float height = std::max(m.button_height, button_height_for(context, label, width - mark, false));
        if (x > area.x && x + width > area.right()) {
            x = area.x;
            y += row_height + m.gap;
            row_height = 0.f;
        }
        Element chip = make_element("reason." + reason.id, "toggle", label, {x, y, width, height}, Style::Toggle,
                                    flow::Event{flow::ToggleReason{reason.id}});
        chip.selected = context.flow.is_reason_chosen(reason.id);
        chip.scroll_area = area_id;
        view.elements.push_back(chip);
        x += width + m.gap;
        row_height = std::max(row_height, height);
    }
    return y + row_height;
}

float add_group_heading(View& view, const ScreenContext& context, const std::string& text, const Rect& area, float y,
                        const std::string& area_id) {
    const Metrics& m = context.metrics;
    const FittedText fitted = fit_text(context.font, text, area.width, m.body * 3, unsigned(m.body), unsigned(m.small), true);
    TextBlock heading{text, {area.x, y, area.width, fitted.height}, unsigned(m.body), unsigned(m.small), true, Tone::Heading};
    heading.scroll_area = area_id;
    view.texts.push_back(heading);
    return y + fitted.height + m.gap * 0.5f;
}

}  // namespace

View build_why(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    View view;
    const float top = add_title(view, context, context.text("ui.why.title"), context.text("ui.why.hint"));
    const Rect viewport = add_notice(view, context, content_area(m, top));
    const std::string area_id = "why.reasons";
    float y = top;
    y = add_group_heading(view, context, context.text("ui.why.grounds"), viewport, y, area_id);
    y = add_chips(view, context, context.pack.grounds, viewport, y, area_id) + m.gap * 1.5f;
    y = add_group_heading(view, context, context.text("ui.why.conditions"), viewport, y, area_id);
    y = add_chips(view, context, context.pack.conditions, viewport, y, area_id);
    view.areas.push_back({area_id, viewport, viewport.width, y - top});
    add_back(view, context);
    add_primary(view, context, "nav.next", context.text("ui.nav.next") + " ›", context.flow.can_go_next(),
                flow::Event{flow::Next{}});
    return view;
}

}  // namespace kiosk::ui
