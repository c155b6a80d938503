// Printing and Done: progress the visitor can see (so nobody taps Print five times),
// a failure in plain words with Retry, then what to do with the letter.
#include <algorithm>

#include "ui/screens/build_view.h"
#include "ui/screens/language_switch.h"
#include "ui/screens/layout_kit.h"
#include "ui/widgets/text_fit.h"

namespace kiosk::ui {
namespace {

float add_centered(View& view, const ScreenContext& context, const std::string& text, float y, unsigned size, bool bold,
                   Tone tone) {
    const Metrics& m = context.metrics;
    const float width = m.width - 2 * m.margin;
    const unsigned minimum = std::max(unsigned(m.small), unsigned(size * 0.75f));
    const FittedText fitted = fit_text(context.font, text, width, m.height * 0.25f, size, minimum, bold);
    view.texts.push_back({text, {m.margin, y, width, fitted.height}, size, minimum, bold, tone, Align::Center});
    return y + fitted.height + m.gap;
}

}  // namespace

View build_printing(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    const auto& print = context.flow.printing();
    View view;
    float y = m.margin + m.height * 0.12f;
    if (!print.failed) {
        const std::string title = fill(fill(context.text("ui.printing.title"), "n", std::to_string(print.letter_index + 1)),
                                       "count", std::to_string(std::max<std::size_t>(1, print.letter_count)));
        y = add_centered(view, context, title, y, unsigned(m.title * 1.2f), true, Tone::Heading);
        add_centered(view, context, context.text("ui.printing.wait"), y, unsigned(m.body), false, Tone::Muted);
        add_back(view, context);  // shown disabled while letters are being sent
        return view;
    }
    y = add_centered(view, context, context.text("ui.printing.failed"), y, unsigned(m.title * 1.2f), true, Tone::Error);
    if (!print.message_key.empty()) y = add_centered(view, context, context.text(print.message_key), y, unsigned(m.body * 1.2f), false, Tone::Normal);
    add_centered(view, context, context.text("ui.printing.ask-staff"), y, unsigned(m.body), false, Tone::Muted);
    add_back(view, context);
    add_primary(view, context, "print.retry", context.text("ui.printing.retry"), true, flow::Event{flow::Retry{}});
    return view;
}

View build_done(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    const auto& print = context.flow.printing();
    View view;
    float y = std::max(m.margin + m.height * 0.03f, below_language_switch(context));
    y = add_centered(view, context, context.text("ui.done.title"), y, unsigned(m.title * 1.2f), true, Tone::Heading);
    y = add_centered(view, context, context.text("ui.done.thanks"), y, unsigned(m.body), false, Tone::Normal);
    if (print.saved) y = add_centered(view, context, context.text("ui.done.saved"), y, unsigned(m.body), false, Tone::Normal);
    const Rect bar = nav_bar(m);
    const auto& follow_ups = context.pack.follow_ups;
    if (!follow_ups.empty()) {
        y = add_centered(view, context, context.text("ui.done.follow-up"), y, unsigned(m.body), true, Tone::Normal);
        const float label_height = m.body * 2.6f;
        const float room = bar.y - m.gap - y - label_height;
        const float column = (m.width - 2 * m.margin) / float(follow_ups.size());
        const float side = std::max(0.f, std::min({room, column - m.gap * 2, m.height * 0.35f}));
        for (std::size_t i = 0; i < follow_ups.size(); ++i) {
            const float cx = m.margin + column * (float(i) + 0.5f);
            view.pictures.push_back({"qr." + follow_ups[i].id, {cx - side / 2, y, side, side}});
            const std::string label = follow_ups[i].label.in(context.language(), context.pack.default_language());
            view.texts.push_back({label, {cx - column / 2 + m.gap, y + side + m.gap * 0.5f, column - 2 * m.gap, label_height},
                                  unsigned(m.body), unsigned(m.small), false, Tone::Normal, Align::Center});
        }
    }
    add_primary(view, context, "done.start-over", context.text("ui.done.start-over"), true, flow::Event{flow::StartOver{}});
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
