#include "ui/staff/staff_desk.h"

#include <algorithm>
#include <cstdio>
#include <utility>

#include "letter/date_formatter.h"
#include "ui/flow/visit.h"
#include "ui/staff/staff_words.h"

namespace kiosk::ui {
namespace {

StaffTab tab_named(const std::string& name) {
    if (name == "counts") return StaffTab::Counts;
    if (name == "content") return StaffTab::Content;
    if (name == "settings") return StaffTab::Settings;
    if (name == "pin") return StaffTab::Pin;
    return StaffTab::Printer;
}

int* idle_field(content::IdleTimes& idle, const std::string& name) {
    if (name == "still-there") return &idle.still_there_after_seconds;
    if (name == "reset") return &idle.reset_after_seconds;
    if (name == "done-reset") return &idle.done_reset_after_seconds;
    return nullptr;
}

}  // namespace

StaffDesk::StaffDesk(const content::Pack& pack, StaffServices services) : pack_(pack), services_(std::move(services)) {}

void StaffDesk::open(Clock::time_point now) {
    clear_pins();
    note_ = {};
    show_tab(StaffTab::Printer, now);
}

void StaffDesk::close() { clear_pins(); }

void StaffDesk::clear_pins() {
    flow::wipe_text(pin_);
    flow::wipe_text(old_pin_);
    flow::wipe_text(new_pin_);
    pin_stage_ = PinStage::Old;
}

void StaffDesk::show_tab(StaffTab tab, Clock::time_point now) {
    tab_ = tab;
    clear_pins();
    confirming_.reset();
    switch (tab) {
        case StaffTab::Printer: refresh_printer(now); break;
        case StaffTab::Counts: counts_ = services_.counts(); break;
        case StaffTab::Content: content_ = services_.content(); break;
        case StaffTab::Settings: draft_ = services_.settings(); break;
        case StaffTab::Pin: break;
    }
}

void StaffDesk::refresh_printer(Clock::time_point now) {
    printer_ = services_.printer();
    printer_read_at_ = now;
}

bool StaffDesk::refresh_if_due(Clock::time_point now) {
    if (tab_ != StaffTab::Printer || now - printer_read_at_ < printer_refresh) return false;
    const PrinterPanel before = printer_;
    refresh_printer(now);
    return printer_.status_key != before.status_key || printer_.letters_waiting != before.letters_waiting ||
           printer_.queues != before.queues || printer_.queue != before.queue;
}

StaffEffect StaffDesk::act(const StaffAction& action, const content::LanguageCode& language, Clock::time_point now) {
    StaffEffect effect = StaffEffect::None;
    if (action.command != StaffCommand::PinDigit && action.command != StaffCommand::PinBackspace) note_ = {};
    switch (action.command) {
        case StaffCommand::ShowTab: show_tab(tab_named(action.value), now); break;
        case StaffCommand::Resume:
            note_ = services_.resume_printer();
            if (!note_.problem) effect = StaffEffect::PrinterResumed;
            refresh_printer(now);
            break;
        case StaffCommand::TestPage: {
            const std::string queue = printer_.queue.empty() ? staff_text(pack_, language, "staff.printer.default-queue")
                                                             : printer_.queue;
            const auto rules = pack_.language_rules.find(language);
            const letter::CalendarDate today = letter::CalendarDate::today();
            std::string date = letter::format_date(
                today, rules == pack_.language_rules.end() ? content::LanguageRules{} : rules->second);
            if (date.empty()) {  // a language with no date pattern: ISO 8601 reads anywhere
                char iso[16];
                std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", today.year, today.month, today.day);
                date = iso;
            }
            auto line = [&](const std::string& key, const std::string& name, const std::string& value) {
                std::string text = staff_text(pack_, language, key);
                const std::string marker = "{{" + name + "}}";
                if (const auto at = text.find(marker); at != std::string::npos) text.replace(at, marker.size(), value);
                return text;
            };
            note_ = services_.print_test_page(staff_text(pack_, language, "staff.test-page.title"),
                                              {line("staff.test-page.date", "date", date),
                                               line("staff.test-page.printer", "printer", queue),
                                               staff_text(pack_, language, "staff.test-page.frame")});
            refresh_printer(now);
            break;
        }
        case StaffCommand::CancelJobs:
            note_ = services_.cancel_jobs();
            refresh_printer(now);
            break;
        case StaffCommand::ChoosePrinter:
            note_ = services_.choose_printer(action.value);
            refresh_printer(now);
            break;
        case StaffCommand::ExportCounts: note_ = services_.export_counts(); break;
        case StaffCommand::ChooseState:
        case StaffCommand::ChooseCounty:
        case StaffCommand::ChoosePaper:
        case StaffCommand::ChangeIdle:
        case StaffCommand::ToggleLanguage:
        case StaffCommand::SaveSettings: effect = change_setting(action); break;
        case StaffCommand::PinDigit:
            if (action.value.size() == 1 && action.value[0] >= '0' && action.value[0] <= '9' && pin_.size() < max_pin_length) {
                pin_ += action.value;
            }
            break;
        case StaffCommand::PinBackspace:
            if (!pin_.empty()) pin_.pop_back();
            break;
        case StaffCommand::PinNext: pin_next(); break;
        case StaffCommand::Install: install(action.value, false); break;
        case StaffCommand::InstallAnyway:
            if (confirming_) install(std::to_string(*confirming_), true);
            break;
        case StaffCommand::KeepInUse:
            if (confirming_) note_ = {"staff.content.kept", {}, false};
            confirming_.reset();
            break;
        case StaffCommand::RollBack:
            note_ = services_.roll_back();
            content_ = services_.content();
            break;
    }
    return effect;
}

const StickPack* StaffDesk::install_to_confirm() const {
    return confirming_ && *confirming_ < content_.on_stick.size() ? &content_.on_stick[*confirming_] : nullptr;
}

void StaffDesk::install(const std::string& value, bool older_confirmed) {
    confirming_.reset();
    std::size_t index = 0;
    try {
        index = std::stoul(value);
    } catch (const std::exception&) {
        return;
    }
    if (index >= content_.on_stick.size()) return;
    // The same version or an older one replaces the pack in use only when staff say so:
    // a stick from last year's event must not undo this year's campaign by one tap.
    if (content_.on_stick[index].not_newer && !older_confirmed) {
        confirming_ = index;
        return;
    }
    note_ = services_.install(index, older_confirmed);
    content_ = services_.content();
}

StaffEffect StaffDesk::change_setting(const StaffAction& action) {
    switch (action.command) {
        case StaffCommand::ChooseState:
            if (!action.value.empty() && !pack_.find_state(action.value)) break;
            if (draft_.default_state != action.value) draft_.default_county.clear();
            draft_.default_state = action.value;
            break;
        case StaffCommand::ChooseCounty: {
            const content::State* state = pack_.find_state(draft_.default_state);
            const bool known = state && std::find(state->counties.begin(), state->counties.end(), action.value) !=
                                            state->counties.end();
            if (action.value.empty() || known) draft_.default_county = action.value;
            break;
        }
        case StaffCommand::ChoosePaper:
            draft_.paper = action.value == "a4" ? content::PaperSize::A4 : content::PaperSize::Letter;
            break;
        case StaffCommand::ChangeIdle: {
            const auto colon = action.value.find(':');
            int* seconds = idle_field(draft_.idle, action.value.substr(0, colon));
            if (!seconds || colon == std::string::npos) break;
            const int step = action.value.substr(colon + 1) == "-" ? -idle_step_seconds : idle_step_seconds;
            *seconds = std::clamp(*seconds + step, idle_min_seconds, idle_max_seconds);
            break;
        }
        case StaffCommand::ToggleLanguage: {
            auto& shown = draft_.languages;
            const auto found = std::find(shown.begin(), shown.end(), action.value);
            if (found != shown.end()) {
                if (shown.size() == 1) {
                    note_ = {"staff.settings.one-language", {}, true};
                    break;
                }
                shown.erase(found);
                break;
            }
            // Kept in the pack's order, whatever order they were tapped in.
            std::vector<content::LanguageCode> ordered;
            for (const auto& code : pack_.info.languages) {
                if (code == action.value || std::find(shown.begin(), shown.end(), code) != shown.end()) ordered.push_back(code);
            }
            shown = ordered;
            break;
        }
        case StaffCommand::SaveSettings:
            note_ = services_.save_settings(draft_);
            if (!note_.problem) return StaffEffect::SettingsSaved;
            break;
        default: break;
    }
    return StaffEffect::None;
}

void StaffDesk::pin_next() {
    switch (pin_stage_) {
        case PinStage::Old:
            if (pin_.empty()) return;
            old_pin_ = std::exchange(pin_, {});
            pin_stage_ = PinStage::New;
            return;
        case PinStage::New:
            if (pin_.size() < min_pin_length) {
                note_ = {"staff.pin.too-short", {}, true};
                return;
            }
            new_pin_ = std::exchange(pin_, {});
            pin_stage_ = PinStage::Again;
            return;
        case PinStage::Again: break;
    }
    if (pin_ != new_pin_) {
        clear_pins();
        note_ = {"staff.pin.mismatch", {}, true};
        return;
    }
    const PinChange change = services_.change_pin(old_pin_, new_pin_);
    clear_pins();
    switch (change.result) {
        case PinChangeResult::Changed: note_ = {"staff.pin.changed", {}, false}; break;
        case PinChangeResult::WrongPin: note_ = {"staff.pin.wrong", {}, true}; break;
        case PinChangeResult::LockedOut:
            note_ = {"staff.pin.locked", {{"seconds", std::to_string(change.locked_for.count())}}, true};
            break;
        case PinChangeResult::Failed: note_ = {"staff.pin.failed", {}, true}; break;
    }
}

}  // namespace kiosk::ui
