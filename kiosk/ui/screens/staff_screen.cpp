// The staff screens: the PIN pad, then the staff menu as tabs (Printer, Counts,
// Campaign, Settings, Staff PIN) over one content area, with Back to the kiosk, Clear
// this visit and Exit kiosk always at the bottom. Plain words for a volunteer; every
// button a touch target; the printer's state first, in colour when staff must act.
// Nothing here reads the visit: staff screens never show a visitor's words.
#include <algorithm>
#include <cmath>
#include <functional>

#include "ui/screens/build_view.h"
#include "ui/screens/layout_kit.h"
#include "ui/staff/lock_wait.h"
#include "ui/widgets/text_fit.h"

namespace kiosk::ui {
namespace {

struct TabInfo {
    StaffTab tab;
    const char* name;
};
constexpr TabInfo tabs[] = {{StaffTab::Printer, "printer"},
                            {StaffTab::Counts, "counts"},
                            {StaffTab::Content, "content"},
                            {StaffTab::Settings, "settings"},
                            {StaffTab::Pin, "pin"}};

Action staff(StaffCommand command, std::string value = "") { return StaffAction{command, std::move(value)}; }

// Fills "{{name}}" markers of a staff note from its values, and "{{wait}}" in words.
std::string note_text(const ScreenContext& context, const StaffNote& note) {
    std::string text = context.staff_text(note.key);
    for (const auto& [name, value] : note.values) text = fill(text, name, value);
    if (note.wait.count() > 0) text = fill(text, "wait", wait_words(note.wait, context.language()));
    return text;
}

// Lays out one tab's content top to bottom, inside a scroll area unless `scroll` is "".
class Column {
public:
    Column(View& view, const ScreenContext& context, Rect area, std::string scroll)
        : view_(view), context_(context), area_(area), scroll_(std::move(scroll)), y_(area.y) {}

    void text(const std::string& words, float size, bool bold, Tone tone) {
        const Metrics& m = context_.metrics;
        const unsigned wanted = unsigned(size), minimum = std::max(unsigned(m.small), unsigned(size * 0.85f));
        const FittedText fitted = fit_text(context_.font, words, area_.width, m.height * 4, wanted, minimum, bold);
        TextBlock block{words, {area_.x, y_, area_.width, fitted.height}, wanted, minimum, bold, tone};
        block.scroll_area = scroll_;
        view_.texts.push_back(block);
        y_ += fitted.height + m.gap * 0.6f;
    }

    // Buttons of one row, equal widths; fewer per row when the screen is narrow.
    void buttons(std::vector<Element> row, std::size_t most_per_row) {
        const Metrics& m = context_.metrics;
        const std::size_t fit = std::max<std::size_t>(1, std::size_t((area_.width + m.gap) / (m.min_target * 3.2f + m.gap)));
        const std::size_t columns = std::min({row.size(), most_per_row, fit});
        const float width = (area_.width - m.gap * float(columns - 1)) / float(columns);
        float height = m.button_height;
        // A toggle keeps room for the check mark drawn on it when selected.
        for (const Element& element : row) {
            const float room = element.role == "toggle" ? width - m.body * 1.2f : width;
            height = std::max(height, button_height_for(context_, element.label, room, true));
        }
        const auto cells = grid({area_.x, y_, area_.width, 0.f}, row.size(), columns, height, m.gap);
        for (std::size_t i = 0; i < row.size(); ++i) {
            row[i].rect = cells[i];
            row[i].scroll_area = scroll_;
            view_.elements.push_back(row[i]);
        }
        y_ = cells.back().bottom() + m.gap;
    }

    void space() { y_ += context_.metrics.gap; }
    float y() const { return y_; }

    void finish() {
        view_.areas.push_back({scroll_, area_, area_.width, y_ - area_.y});
    }

private:
    View& view_;
    const ScreenContext& context_;
    Rect area_;
    std::string scroll_;
    float y_;
};

Element button(std::string id, std::string label, Action action, Style style = Style::Secondary) {
    return make_element(std::move(id), "button", std::move(label), {}, style, std::move(action));
}

Element toggle(std::string id, std::string label, Action action, bool selected) {
    Element element = make_element(std::move(id), "toggle", std::move(label), {}, Style::Toggle, std::move(action));
    element.selected = selected;
    return element;
}

// The job running: what it does, the step it is on, why the other buttons wait, and
// Cancel when it can stop.
void add_working(Column& column, const ScreenContext& context, const StaffWorking& working) {
    const Metrics& m = context.metrics;
    column.text(context.staff_text(working.progress.key), m.body * 1.15f, true, Tone::Heading);
    if (!working.progress.detail.empty()) {
        column.text(working.progress.detail, m.small, false, Tone::Normal);
    } else if (const auto files = working.progress.values.find("files"); files != working.progress.values.end()) {
        column.text(fill(context.staff_text("staff.work.reading"), "files", files->second), m.small, false, Tone::Normal);
    }
    column.text(context.staff_text(working.stopping ? "staff.work.stopping" : "staff.work.wait"), m.small, false,
                Tone::Muted);
    if (!working.can_stop) return;
    Element cancel = button("staff.work.cancel", context.staff_text("staff.work.cancel"), staff(StaffCommand::StopWork));
    cancel.disabled = working.stopping;
    column.buttons({cancel}, 1);
}

void add_note(Column& column, const ScreenContext& context, const StaffDesk& desk) {
    if (desk.note().key.empty()) return;
    column.text(note_text(context, desk.note()), context.metrics.body, true, desk.note().problem ? Tone::Error : Tone::Heading);
}

std::string language_name(const ScreenContext& context, const std::string& code) {
    const auto rules = context.pack.language_rules.find(code);
    return rules != context.pack.language_rules.end() && !rules->second.name.empty() ? rules->second.name : code;
}

std::string letters_waiting(const ScreenContext& context, int count) {
    const std::string key = count == 1 ? "staff.printer.waiting-letters.one" : "staff.printer.waiting-letters.other";
    return fill(context.staff_text(key), "count", std::to_string(count));
}

void printer_tab(Column& column, const ScreenContext& context, const StaffDesk& desk) {
    const Metrics& m = context.metrics;
    const PrinterPanel& printer = desk.printer();
    column.text(note_text(context, {printer.status_key, {{"folder", printer.save_folder}}, printer.needs_staff}),
                m.body * 1.25f, true, printer.needs_staff ? Tone::Error : Tone::Heading);
    if (!printer.uses_cups) {
        add_note(column, context, desk);
        return;
    }
    column.text(fill(context.text("ui.staff.printer"), "destination",
                     printer.queue.empty() ? context.staff_text("staff.printer.default-queue") : printer.queue),
                m.body, false, Tone::Normal);
    column.text(letters_waiting(context, printer.letters_waiting), m.body, false, Tone::Normal);
    add_note(column, context, desk);
    Element cancel = button("staff.printer.cancel", context.staff_text("staff.printer.cancel"), staff(StaffCommand::CancelJobs));
    cancel.disabled = printer.letters_waiting == 0;
    column.buttons({button("staff.printer.resume", context.staff_text("staff.printer.resume"), staff(StaffCommand::Resume),
                           printer.needs_staff ? Style::Primary : Style::Secondary),
                    button("staff.printer.test-page", context.staff_text("staff.printer.test-page"), staff(StaffCommand::TestPage)),
                    cancel},
                   3);
    if (!context.flow.last_print_failure_key().empty()) {
        column.text(fill(context.text("ui.staff.last-failure"), "problem", context.text(context.flow.last_print_failure_key())),
                    m.small, false, Tone::Muted);
    }
    if (printer.queues.empty()) return;
    column.space();
    column.text(context.staff_text("staff.printer.choose"), m.body, true, Tone::Heading);
    std::vector<Element> queues;
    for (const std::string& queue : printer.queues) {
        queues.push_back(toggle("staff.printer.queue." + queue, queue, staff(StaffCommand::ChoosePrinter, queue),
                                queue == printer.queue));
    }
    column.buttons(std::move(queues), 3);
}

void counts_tab(Column& column, const ScreenContext& context, const StaffDesk& desk) {
    const Metrics& m = context.metrics;
    int printed = 0, saved = 0, failed = 0;
    for (const CountRow& row : desk.counts()) {
        printed += row.printed;
        saved += row.saved;
        failed += row.failed;
    }
    column.text(fill(context.text("ui.staff.letters-printed"), "count", std::to_string(printed)), m.body * 1.15f, true,
                Tone::Heading);
    column.text(fill(context.text("ui.staff.letters-saved"), "count", std::to_string(saved)), m.body, false, Tone::Normal);
    column.text(fill(context.text("ui.staff.letters-failed"), "count", std::to_string(failed)), m.body, false,
                failed > 0 ? Tone::Error : Tone::Normal);
    column.buttons({button("staff.counts.export", context.staff_text("staff.counts.export"), staff(StaffCommand::ExportCounts))}, 1);
    add_note(column, context, desk);
    column.space();
    if (desk.counts().empty()) {
        column.text(context.staff_text("staff.counts.none"), m.body, false, Tone::Muted);
        return;
    }
    column.text(context.staff_text("staff.counts.heading"), m.body, true, Tone::Heading);
    for (const CountRow& row : desk.counts()) {
        const auto* recipient = context.pack.find_recipient(row.recipient_id);
        const std::string who =
            recipient ? recipient->label.in(context.language(), context.pack.default_language()) : row.recipient_id;
        const std::string where = row.state_id.empty() ? context.staff_text("staff.counts.no-state") : row.state_id;
        std::string figures = context.staff_text("staff.counts.row");
        figures = fill(fill(fill(figures, "printed", std::to_string(row.printed)), "saved", std::to_string(row.saved)),
                       "failed", std::to_string(row.failed));
        column.text(row.day + " · " + who + " · " + where + " · " + language_name(context, row.language) + ": " + figures,
                    m.body, false, row.failed > 0 ? Tone::Error : Tone::Normal);
    }
}

// Installing a campaign not newer than the one in use: asked in words, answered by one
// of two buttons; keeping the one in use is the main action.
void confirm_older(Column& column, const ScreenContext& context, const StickPack& pack) {
    const Metrics& m = context.metrics;
    column.text(fill(context.staff_text("staff.content.on-stick"), "name", pack.name), m.body, true, Tone::Heading);
    column.text(fill(fill(context.staff_text("staff.content.confirm-older"), "version", pack.version), "in_use",
                     pack.version_in_use),
                m.body * 1.15f, true, Tone::Error);
    column.buttons({button("staff.content.keep", context.staff_text("staff.content.keep"), staff(StaffCommand::KeepInUse),
                           Style::Primary),
                    button("staff.content.install-anyway", context.staff_text("staff.content.install-anyway"),
                           staff(StaffCommand::InstallAnyway))},
                   2);
}

void content_tab(Column& column, const ScreenContext& context, const StaffDesk& desk) {
    const Metrics& m = context.metrics;
    if (const StickPack* asked = desk.install_to_confirm()) {
        confirm_older(column, context, *asked);
        return;
    }
    const ContentPanel& content = desk.content();
    if (content.name.empty()) return;  // not read yet
    column.text(fill(fill(context.staff_text("staff.content.in-use"), "name", content.name), "version", content.version),
                m.body * 1.15f, true, Tone::Heading);
    column.text(content.contacts_verified_on.empty()
                    ? context.staff_text("staff.content.not-verified")
                    : fill(context.staff_text("staff.content.verified"), "date", content.contacts_verified_on),
                m.body, false, content.contacts_verified_on.empty() ? Tone::Error : Tone::Normal);
    for (const std::string& warning : content.warnings) column.text(warning, m.small, false, Tone::Error);
    add_note(column, context, desk);
    column.space();
    if (!content.store_available) {
        column.text(context.staff_text("staff.content.no-store"), m.body, false, Tone::Muted);
        return;
    }
    if (desk.busy()) return;  // the packs on the stick are being read
    if (!content.sticks_checked) {
        column.text(context.staff_text("staff.content.not-checked"), m.body, false, Tone::Muted);
        column.buttons({button("staff.content.check-again", context.staff_text("staff.content.check-again"),
                               staff(StaffCommand::ShowTab, "content"))},
                       1);
    } else if (content.on_stick.empty()) {
        column.text(context.staff_text("staff.content.no-stick"), m.body, false, Tone::Muted);
    }
    for (std::size_t i = 0; i < content.on_stick.size(); ++i) {
        const StickPack& pack = content.on_stick[i];
        column.text(fill(context.staff_text("staff.content.on-stick"), "name", pack.name), m.body, true, Tone::Heading);
        if (!pack.errors.empty()) {
            column.text(context.staff_text("staff.content.errors"), m.body, true, Tone::Error);
            for (const std::string& error : pack.errors) column.text(error, m.small, false, Tone::Error);
            continue;
        }
        for (const std::string& line : pack.summary) column.text(line, m.small, false, Tone::Normal);
        if (pack.not_newer) {
            column.text(fill(context.staff_text("staff.content.not-newer"), "in_use", pack.version_in_use), m.small, true,
                        Tone::Error);
        }
        column.buttons({button("staff.content.install." + std::to_string(i), context.staff_text("staff.content.install"),
                               staff(StaffCommand::Install, std::to_string(i)), Style::Primary)},
                       1);
    }
    if (content.can_roll_back) {
        column.space();
        column.buttons({button("staff.content.roll-back", context.staff_text("staff.content.roll-back"),
                               staff(StaffCommand::RollBack))},
                       1);
    }
}

void idle_row(Column& column, const ScreenContext& context, const std::string& name, int seconds) {
    column.text(fill(context.staff_text("staff.settings." + name), "seconds", std::to_string(seconds)), context.metrics.body,
                false, Tone::Normal);
    column.buttons({button("staff.settings." + name + ".less", "− " + context.staff_text("staff.less"),
                           staff(StaffCommand::ChangeIdle, name + ":-")),
                    button("staff.settings." + name + ".more", "+ " + context.staff_text("staff.more"),
                           staff(StaffCommand::ChangeIdle, name + ":+"))},
                   2);
}

void settings_tab(Column& column, const ScreenContext& context, const StaffDesk& desk) {
    const Metrics& m = context.metrics;
    const StaffSettings& settings = desk.settings();
    column.buttons({button("staff.settings.save", context.staff_text("staff.settings.save"), staff(StaffCommand::SaveSettings),
                           Style::Primary)},
                   1);
    add_note(column, context, desk);
    if (context.density) column.text(note_text(context, density_note(*context.density)), m.small, false, Tone::Muted);
    column.text(context.staff_text("staff.settings.paper"), m.body, true, Tone::Heading);
    column.buttons({toggle("staff.settings.paper.letter", context.staff_text("staff.settings.letter"),
                           staff(StaffCommand::ChoosePaper, "letter"), settings.paper == content::PaperSize::Letter),
                    toggle("staff.settings.paper.a4", context.staff_text("staff.settings.a4"),
                           staff(StaffCommand::ChoosePaper, "a4"), settings.paper == content::PaperSize::A4)},
                   2);
    idle_row(column, context, "still-there", settings.idle.still_there_after_seconds);
    idle_row(column, context, "reset", settings.idle.reset_after_seconds);
    idle_row(column, context, "done-reset", settings.idle.done_reset_after_seconds);
    column.text(context.staff_text("staff.settings.languages"), m.body, true, Tone::Heading);
    std::vector<Element> languages;
    for (const auto& code : context.pack.info.languages) {
        const bool shown = std::find(settings.languages.begin(), settings.languages.end(), code) != settings.languages.end();
        languages.push_back(toggle("staff.settings.language." + code, language_name(context, code),
                                   staff(StaffCommand::ToggleLanguage, code), shown));
    }
    column.buttons(std::move(languages), 4);
    column.text(context.staff_text("staff.settings.state"), m.body, true, Tone::Heading);
    std::vector<Element> states{toggle("staff.settings.state.none", context.staff_text("staff.settings.none"),
                                       staff(StaffCommand::ChooseState, ""), settings.default_state.empty())};
    for (const auto& state : context.pack.states) {
        states.push_back(toggle("staff.settings.state." + state.id, state.name.in(context.language(), context.pack.default_language()),
                                staff(StaffCommand::ChooseState, state.id), settings.default_state == state.id));
    }
    column.buttons(std::move(states), 5);
    const content::State* state = context.pack.find_state(settings.default_state);
    if (!state) return;
    column.text(context.staff_text("staff.settings.county"), m.body, true, Tone::Heading);
    std::vector<Element> counties{toggle("staff.settings.county.none", context.staff_text("staff.settings.none"),
                                         staff(StaffCommand::ChooseCounty, ""), settings.default_county.empty())};
    for (const std::string& county : state->counties) {
        counties.push_back(toggle("staff.settings.county." + county, county, staff(StaffCommand::ChooseCounty, county),
                                  settings.default_county == county));
    }
    column.buttons(std::move(counties), 4);
}

// A PIN keypad in `area`: digits, backspace, 0, then `ok`; ids "<prefix>.<key>".
void add_keypad(View& view, const ScreenContext& context, const Rect& area, const std::string& prefix,
                 const std::function<Action(char)>& digit, Action backspace, const std::string& ok_label, Action ok) {
    const Metrics& m = context.metrics;
    const float key = std::clamp((area.bottom() - area.y - 3 * m.gap) / 4, m.min_target, m.min_target * 1.5f);
    const float pad_width = std::min(area.width, key * 1.6f * 3 + m.gap * 2);
    const auto cells = grid({area.x + (area.width - pad_width) / 2, area.y, pad_width, 0.f}, 12, 3, key, m.gap);
    const char* digits = "123456789";
    for (int i = 0; i < 9; ++i) {
        view.elements.push_back(make_element(prefix + "." + digits[i], "key", std::string(1, digits[i]),
                                             cells[std::size_t(i)], Style::Key, digit(digits[i])));
    }
    view.elements.push_back(make_element(prefix + ".backspace", "key", context.text("ui.key.backspace"), cells[9], Style::Key,
                                         std::move(backspace)));
    view.elements.push_back(make_element(prefix + ".0", "key", "0", cells[10], Style::Key, digit('0')));
    view.elements.push_back(make_element(prefix + "." + (prefix == "pin" ? "ok" : "next"), "key", ok_label, cells[11],
                                         Style::Primary, std::move(ok)));
}

std::string dots(std::size_t count) {
    std::string shown;
    for (std::size_t i = 0; i < count; ++i) shown += "● ";
    return shown.empty() ? " " : shown;
}

void pin_tab(View& view, const ScreenContext& context, const StaffDesk& desk, const Rect& area) {
    const Metrics& m = context.metrics;
    const char* prompt = desk.pin_stage() == PinStage::Old   ? "staff.pin.old"
                         : desk.pin_stage() == PinStage::New ? "staff.pin.new"
                                                             : "staff.pin.again";
    Column column(view, context, area, "");  // fixed: the keypad is sized to the room left
    column.text(context.staff_text(prompt), m.body, true, Tone::Heading);
    column.text(dots(desk.pin_length()), m.title, true, Tone::Normal);
    if (desk.working()) column.text(note_text(context, {desk.working()->progress.key, {}, false}), m.body, true, Tone::Heading);
    else if (!desk.note().key.empty()) add_note(column, context, desk);
    else column.text(" ", m.body, false, Tone::Normal);
    const Rect pad{area.x, column.y(), area.width, area.bottom() - column.y()};
    add_keypad(
        view, context, pad, "staff.pin", [](char digit) { return staff(StaffCommand::PinDigit, std::string(1, digit)); },
        staff(StaffCommand::PinBackspace), context.staff_text("staff.pin.next"), staff(StaffCommand::PinNext));
}

// The tabs across the top; returns the y below them.
float add_tabs(View& view, const ScreenContext& context, StaffTab current) {
    const Metrics& m = context.metrics;
    const float width = m.width - 2 * m.margin;
    const std::size_t count = std::size(tabs);
    float widest = 0.f;
    for (const TabInfo& tab : tabs) {
        widest = std::max(widest, text_width(context.font, context.staff_text(std::string("staff.tab.") + tab.name),
                                             unsigned(m.body), true) + m.gap * 3);
    }
    const std::size_t columns = widest * float(count) + m.gap * float(count - 1) <= width ? count : 3;
    const float cell = (width - m.gap * float(columns - 1)) / float(columns);
    float height = m.min_target;
    for (const TabInfo& tab : tabs) {
        height = std::max(height, button_height_for(context, context.staff_text(std::string("staff.tab.") + tab.name), cell, true));
    }
    const auto cells = grid({m.margin, m.margin, width, 0.f}, count, columns, height, m.gap);
    for (std::size_t i = 0; i < count; ++i) {
        Element element = make_element(std::string("staff.tab.") + tabs[i].name, "tab",
                                       context.staff_text(std::string("staff.tab.") + tabs[i].name), cells[i], Style::Toggle,
                                       staff(StaffCommand::ShowTab, tabs[i].name));
        element.selected = tabs[i].tab == current;
        view.elements.push_back(element);
    }
    return cells.back().bottom() + m.gap * 1.5f;
}

}  // namespace

View build_staff_pin(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    View view;
    if (context.flow.pin_missing()) {
        // The screen never sets a first PIN: a curious visitor could. It says how staff do.
        float y = add_title(view, context, context.staff_text("staff.no-pin.title"), "");
        y = add_centered(view, context, context.staff_text("staff.no-pin.how"), y, unsigned(m.body * 1.1f), false, Tone::Normal);
        add_centered(view, context, context.staff_text("staff.no-pin.command"), y, unsigned(m.title), true, Tone::Heading);
        add_back(view, context);
        return view;
    }
    float y = add_title(view, context, context.text("ui.staff.pin-title"), "");
    y = add_centered(view, context, dots(context.flow.entered_pin_length()), y, unsigned(m.title), true, Tone::Normal);
    std::string message;
    if (!context.flow.pin_message_key().empty()) {
        // {{seconds}} too, for a pack whose ui.staff.locked is still written with it.
        const auto locked_for = context.flow.pin_locked_for();
        message = fill(fill(context.text(context.flow.pin_message_key()), "wait", wait_words(locked_for, context.language())),
                       "seconds", std::to_string(locked_for.count()));
    }
    y = add_centered(view, context, message.empty() ? " " : message, y, unsigned(m.body), false, Tone::Error);
    const Rect bar = nav_bar(m);
    add_keypad(view, context, {m.margin, y, m.width - 2 * m.margin, bar.y - m.gap - y}, "pin",
               [](char digit) { return Action{flow::Event{flow::PinDigit{digit}}}; }, flow::Event{flow::PinBackspace{}},
               context.text("ui.staff.ok"), flow::Event{flow::PinSubmit{}});
    add_back(view, context);
    return view;
}

View build_staff_menu(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    View view;
    if (!context.staff) return view;
    const StaffDesk& desk = *context.staff;
    const float top = add_tabs(view, context, desk.tab());
    const Rect area = content_area(m, top);
    switch (desk.tab()) {
        case StaffTab::Pin: pin_tab(view, context, desk, area); break;
        default: {
            Column column(view, context, area, std::string("staff.") + tabs[std::size_t(desk.tab())].name);
            if (desk.working()) add_working(column, context, *desk.working());
            switch (desk.tab()) {
                case StaffTab::Printer: printer_tab(column, context, desk); break;
                case StaffTab::Counts: counts_tab(column, context, desk); break;
                case StaffTab::Content: content_tab(column, context, desk); break;
                case StaffTab::Settings: settings_tab(column, context, desk); break;
                case StaffTab::Pin: break;
            }
            column.finish();
        }
    }
    // One job at a time: what would start another waits (add_working says so).
    for (Element& element : view.elements) {
        const auto* action = std::get_if<StaffAction>(&element.action);
        if (action && desk.waits(*action) && !element.selected) element.disabled = true;
    }
    add_back(view, context);
    view.elements.back().label = "‹ " + context.staff_text("staff.back");
    const Rect middle = nav_bar_middle(context, context.text("ui.staff.exit"));
    view.elements.push_back(make_element("staff.clear-visit", "button", context.staff_text("staff.clear-visit"), middle,
                                         Style::Secondary, flow::Event{flow::ClearVisit{}}));
    add_primary(view, context, "staff.exit", context.text("ui.staff.exit"), true, flow::Event{flow::ExitKiosk{}});
    // Not drawn as the one main action: that is Resume when the printer needs it.
    view.elements.back().style = Style::Secondary;
    return view;
}

}  // namespace kiosk::ui
