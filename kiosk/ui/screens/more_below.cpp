#include "ui/screens/more_below.h"

#include "ui/widgets/text_fit.h"

namespace kiosk::ui {

void add_more_below(View& view, const ScreenContext& context) {
    const Metrics& m = context.metrics;
    const std::string label = "▼  " + context.text("ui.scroll.more-below") + "  ▼";
    for (const auto& area : view.areas) {
        if (!overflows(area)) continue;
        const Rect& viewport = area.viewport;
        const FittedText fitted = fit_text(context.font, label, viewport.width - 2 * m.gap, m.body * 3, unsigned(m.body),
                                           unsigned(m.small), true);
        // The band stays short: a row behind it is dimmed, never hidden whole.
        const float label_height = fitted.height + m.gap * 0.5f;
        const Rect label_box{viewport.x + m.gap, viewport.bottom() - label_height, viewport.width - 2 * m.gap,
                             label_height};
        const float fade_height = label_height + m.gap * 2;
        const Rect fade{viewport.x, viewport.bottom() - fade_height, viewport.width, fade_height};
        view.more_below.push_back({area.id, label, fade, label_box, fitted.size});
    }
}

}  // namespace kiosk::ui
