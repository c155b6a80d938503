// Printing: progress the visitor can see (so nobody taps Print five times), a printer
// that needs someone in plain words with a way to leave, a failure with Retry. Then the
// screens that interrupt a visit: Still there?, the failsafe, and staff's.
#include <algorithm>

#include "ui/screens/build_view.h"
#include "ui/screens/layout_kit.h"
#include "ui/widgets/text_fit.h"

namespace kiosk::ui {

View build_printing(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    const auto& print = context.flow.printing();
    View view;
    float y = m.margin + m.height * 0.12f;
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

View build_staff_pin(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    View view;
    float y = add_title(view, context, context.text("ui.staff.pin-title"), "");
    std::string shown;
    for (std::size_t i = 0; i < context.flow.entered_pin_length(); ++i) shown += "● ";
    y = add_centered(view, context, shown.empty() ? " " : shown, y, unsigned(m.title), true, Tone::Normal);
    std::string message;
    if (!context.flow.pin_message_key().empty()) {
        message = fill(context.text(context.flow.pin_message_key()), "seconds", std::to_string(context.flow.pin_locked_for().count()));
    }
    y = add_centered(view, context, message.empty() ? " " : message, y, unsigned(m.body), false, Tone::Error);
    const Rect bar = nav_bar(m);
    const float key = std::clamp((bar.y - m.gap - y - 3 * m.gap) / 4, m.min_target, m.min_target * 1.5f);
    const float pad_width = key * 1.6f * 3 + m.gap * 2;
    const auto cells = grid({(m.width - pad_width) / 2, y, pad_width, 0.f}, 12, 3, key, m.gap);
    const char* digits = "123456789";
    for (int i = 0; i < 9; ++i) {
        view.elements.push_back(make_element(std::string("pin.") + digits[i], "key", std::string(1, digits[i]), cells[std::size_t(i)],
                                             Style::Key, flow::Event{flow::PinDigit{digits[i]}}));
    }
    view.elements.push_back(make_element("pin.backspace", "key", context.text("ui.key.backspace"), cells[9], Style::Key,
                                         flow::Event{flow::PinBackspace{}}));
    view.elements.push_back(make_element("pin.0", "key", "0", cells[10], Style::Key, flow::Event{flow::PinDigit{'0'}}));
    view.elements.push_back(make_element("pin.ok", "key", context.text("ui.staff.ok"), cells[11], Style::Primary,
                                         flow::Event{flow::PinSubmit{}}));
    add_back(view, context);
    return view;
}

View build_staff_menu(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    View view;
    float y = add_title(view, context, context.text("ui.staff.menu-title"),
                        context.pack.info.name + " " + context.pack.info.version);
    y = add_centered(view, context, fill(context.text("ui.staff.printer"), "destination", context.staff.destination), y,
                     unsigned(m.body), false, Tone::Normal);
    const LetterTotals& letters = context.staff.letters;
    y = add_centered(view, context, fill(context.text("ui.staff.letters-printed"), "count", std::to_string(letters.printed)), y,
                     unsigned(m.body), false, Tone::Normal);
    y = add_centered(view, context, fill(context.text("ui.staff.letters-saved"), "count", std::to_string(letters.saved)), y,
                     unsigned(m.body), false, Tone::Normal);
    y = add_centered(view, context, fill(context.text("ui.staff.letters-failed"), "count", std::to_string(letters.failed)), y,
                     unsigned(m.body), false, letters.failed > 0 ? Tone::Error : Tone::Normal);
    const std::string& failure_key = context.flow.last_print_failure_key();
    if (!failure_key.empty()) {
        y = add_centered(view, context, fill(context.text("ui.staff.last-failure"), "problem", context.text(failure_key)), y,
                         unsigned(m.body), false, Tone::Error);
    }
    const float width = std::min(m.width - 2 * m.margin, m.min_target * 6);
    view.elements.push_back(make_element("staff.exit", "button", context.text("ui.staff.exit"),
                                         {(m.width - width) / 2, y + m.gap, width, m.button_height}, Style::Primary,
                                         flow::Event{flow::ExitKiosk{}}));
    add_back(view, context);
    return view;
}

}  // namespace kiosk::ui
