// Printing: progress the visitor can see (so nobody taps Print five times), a printer
// that needs someone in plain words with a way to leave, a failure with Retry. Then the
// screens that interrupt a visit: Still there? and the failsafe (staff's are in
// staff_screen.cpp).
#include <algorithm>

#include "ui/screens/build_view.h"
#include "ui/screens/language_switch.h"
#include "ui/screens/layout_kit.h"
#include "ui/widgets/text_fit.h"

namespace kiosk::ui {

View build_printing(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    const auto& print = context.flow.printing();
    View view;
    // Centred across the window: below the language switch, never beside it.
    float y = std::max(m.margin + m.height * 0.12f, below_language_switch(context));
    if (!print.failed) {
        const std::string title = fill(fill(context.text("ui.printing.title"), "n", std::to_string(print.letter_index + 1)),
                                       "count", std::to_string(std::max<std::size_t>(1, print.letter_count)));
        y = add_centered(view, context, title, y, unsigned(m.title * 1.2f), true, Tone::Heading);
        add_back(view, context);  // shown disabled while letters are being sent
        if (!flow::needs_attention(print.message_key)) {
            add_centered(view, context, context.text("ui.printing.wait"), y, unsigned(m.body), false, Tone::Muted);
            return view;
        }
        // The printer waits for someone (paper, a jam): say why, and let the visitor go;
        // their letters print once it is fixed.
        y = add_centered(view, context, context.text(print.message_key), y, unsigned(m.body * 1.2f), true, Tone::Error);
        add_centered(view, context, context.text("ui.printing.can-leave"), y, unsigned(m.body), false, Tone::Normal);
        add_primary(view, context, "printing.start-over", context.text("ui.printing.start-over"), true,
                    flow::Event{flow::StartOver{}});
        return view;
    }
    y = add_centered(view, context, context.text("ui.printing.failed"), y, unsigned(m.title * 1.2f), true, Tone::Error);
    if (!print.message_key.empty()) y = add_centered(view, context, context.text(print.message_key), y, unsigned(m.body * 1.2f), false, Tone::Normal);
    add_centered(view, context, context.text("ui.printing.ask-staff"), y, unsigned(m.body), false, Tone::Muted);
    add_back(view, context);
    add_primary(view, context, "print.retry", context.text("ui.printing.retry"), true, flow::Event{flow::Retry{}});
    return view;
}

View build_still_there(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    View view;
    view.has_countdown = true;
    // The whole screen is the button: any tap means "still here".
    view.elements.push_back(make_element("still-there.continue", "button", context.text("ui.still-there.body"),
                                         {0.f, 0.f, m.width, m.height}, Style::Secondary, flow::Event{flow::StillHere{}}));
    float y = m.height * 0.25f;
    y = add_centered(view, context, context.text("ui.still-there.title"), y, unsigned(m.title * 1.5f), true, Tone::Heading);
    y = add_centered(view, context, context.text("ui.still-there.body"), y, unsigned(m.body * 1.3f), false, Tone::Normal);
    const int seconds = context.flow.still_there_seconds_left(context.now);
    add_centered(view, context, fill(context.text("ui.still-there.countdown"), "seconds", std::to_string(seconds)), y,
                 unsigned(m.body), false, Tone::Muted);
    return view;
}

View build_sorry(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    View view;
    float y = m.height * 0.3f;
    y = add_centered(view, context, context.text("ui.sorry.title"), y, unsigned(m.title * 1.2f), true, Tone::Heading);
    add_centered(view, context, context.text("ui.sorry.body"), y, unsigned(m.body * 1.2f), false, Tone::Normal);
    return view;
}

}  // namespace kiosk::ui
