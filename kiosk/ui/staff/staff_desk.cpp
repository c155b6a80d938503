#include "ui/staff/staff_desk.h"

#include <algorithm>
#include <cstdio>
#include <type_traits>
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

StaffNote pin_note(const PinChange& change) {
    switch (change.result) {
        case PinChangeResult::Changed: return {"staff.pin.changed", {}, false};
        case PinChangeResult::WrongPin: return {"staff.pin.wrong", {}, true};
        case PinChangeResult::LockedOut:
            // {{seconds}} too, for a pack that gives its own words in the older form.
            return {"staff.pin.locked", {{"seconds", std::to_string(change.locked_for.count())}}, true,
                    change.locked_for};
        case PinChangeResult::Failed: break;
    }
    return {"staff.pin.failed", {}, true};
}

// The commands that hand the worker a job (tabs that read something included): while
// one job staff started runs, these wait.
bool starts_work(const StaffAction& action) {
    switch (action.command) {
        case StaffCommand::ShowTab:
        case StaffCommand::Resume:
        case StaffCommand::TestPage:
        case StaffCommand::CancelJobs:
        case StaffCommand::ChoosePrinter:
        case StaffCommand::ExportCounts:
        case StaffCommand::SaveSettings:
        case StaffCommand::PinNext:
        case StaffCommand::Install:
        case StaffCommand::InstallAnyway:
        case StaffCommand::RollBack: return true;
        default: return false;
    }
}

}  // namespace

StaffDesk::StaffDesk(const content::Pack& pack, StaffWork& work) : pack_(pack), work_(work), worker_(work) {}

void StaffDesk::open(Clock::time_point now) {
    clear_pins();
    note_ = {};
    if (!printer_reading_) printer_ = PrinterPanel{true, "", "staff.printer.asking", false, 0, {}, ""};
    show_tab(StaffTab::Printer, now);
}

void StaffDesk::close() {
    clear_pins();
    confirming_.reset();
    if (checking_sticks_) worker_.cancel();
}

void StaffDesk::clear_pins() {
    flow::wipe_text(pin_);
    flow::wipe_text(old_pin_);
    flow::wipe_text(new_pin_);
    pin_stage_ = PinStage::Old;
}

void StaffDesk::start(StaffJob job, std::string progress_key) {
    checking_sticks_ = std::holds_alternative<ReadContent>(job);
    working_ = StaffWorking{{std::move(progress_key), {}, ""}, can_stop(job), false};
    staff_job_ = worker_.send(std::move(job));
}

void StaffDesk::show_tab(StaffTab tab, Clock::time_point now) {
    tab_ = tab;
    clear_pins();
    confirming_.reset();
    switch (tab) {
        case StaffTab::Printer: read_printer(now); break;
        case StaffTab::Counts: counts_ = work_.counts(); break;
        case StaffTab::Content:
            content_ = {};
            start(ReadContent{}, "staff.work.checking-sticks");
            break;
        case StaffTab::Settings: draft_ = work_.settings(); break;
        case StaffTab::Pin: break;
    }
}

// In the background: no progress shown, no button disabled; a tap meanwhile waits its
// turn behind it.
void StaffDesk::read_printer(Clock::time_point now) {
    printer_read_at_ = now;
    if (!printer_reading_) printer_reading_ = worker_.send(ReadPrinter{});
}

StaffUpdate StaffDesk::poll(Clock::time_point now) {
    StaffUpdate update;
    for (FinishedJob& finished : worker_.take_finished()) {
        const StaffEffect effect = apply(finished);
        if (effect != StaffEffect::None) update.effect = effect;
        update.changed = true;
    }
    if (working_) {
        // The work says how far it is; the words of the job stay the desk's unless it names others.
        if (auto progress = worker_.progress()) {
            if (progress->key.empty()) progress->key = working_->progress.key;
            if (progress->key != working_->progress.key || progress->values != working_->progress.values ||
                progress->detail != working_->progress.detail) {
                working_->progress = std::move(*progress);
                update.changed = true;
            }
        }
    }
    if (tab_ == StaffTab::Printer && now - printer_read_at_ >= printer_refresh) read_printer(now);
    return update;
}

StaffEffect StaffDesk::apply(FinishedJob& finished) {
    if (finished.ticket == printer_reading_) {
        printer_reading_.reset();
        if (const auto* panel = std::get_if<PrinterPanel>(&finished.result)) printer_ = *panel;
        return StaffEffect::None;
    }
    if (auto* change = std::get_if<ChangePin>(&finished.job)) {
        flow::wipe_text(change->old_pin);
        flow::wipe_text(change->new_pin);
    }
    if (finished.ticket != staff_job_) return StaffEffect::None;
    staff_job_.reset();
    working_.reset();
    checking_sticks_ = false;
    StaffEffect effect = StaffEffect::None;
    if (const auto* note = std::get_if<StaffNote>(&finished.result)) {
        note_ = *note;
        if (!note->problem && std::holds_alternative<ResumePrinter>(finished.job)) effect = StaffEffect::PrinterResumed;
        if (!note->problem && std::holds_alternative<SaveSettings>(finished.job)) {
            draft_ = work_.settings();  // as the settings file now says
            effect = StaffEffect::SettingsSaved;
        }
    } else if (const auto* panel = std::get_if<ContentPanel>(&finished.result)) {
        content_ = *panel;
        if (!panel->sticks_checked) note_ = {"staff.work.stopped", {}, false};
    } else if (const auto* change = std::get_if<PinChange>(&finished.result)) {
        note_ = pin_note(*change);
    } else if (const auto* panel = std::get_if<PrinterPanel>(&finished.result)) {
        printer_ = *panel;
    }
    // What changed on the printer, or in the store, is read again.
    std::visit(
        [&](const auto& job) {
            using Job = std::decay_t<decltype(job)>;
            if constexpr (std::is_same_v<Job, ResumePrinter> || std::is_same_v<Job, PrintTestPage> ||
                          std::is_same_v<Job, CancelPrintJobs> || std::is_same_v<Job, ChoosePrinter>) {
                if (tab_ == StaffTab::Printer) read_printer(Clock::now());
            } else if constexpr (std::is_same_v<Job, InstallStickPack> || std::is_same_v<Job, RollBack>) {
                // The note says what the install did; the panel, read again, what is in use now.
                if (tab_ == StaffTab::Content) start(ReadContent{}, "staff.work.checking-sticks");
            }
        },
        finished.job);
    return effect;
}

void StaffDesk::act(const StaffAction& action, const content::LanguageCode& language, Clock::time_point now) {
    if (action.command == StaffCommand::StopWork) {
        if (working_ && working_->can_stop) {
            worker_.cancel();
            working_->stopping = true;
        }
        return;
    }
    if (waits(action)) return;
    if (action.command != StaffCommand::PinDigit && action.command != StaffCommand::PinBackspace) note_ = {};
    switch (action.command) {
        case StaffCommand::ShowTab: show_tab(tab_named(action.value), now); break;
        case StaffCommand::Resume: start(ResumePrinter{}, "staff.work.resuming"); break;
        case StaffCommand::TestPage: test_page(language); break;
        case StaffCommand::CancelJobs: start(CancelPrintJobs{}, "staff.work.canceling"); break;
        case StaffCommand::ChoosePrinter: start(ChoosePrinter{action.value}, "staff.work.choosing"); break;
        case StaffCommand::ExportCounts: start(ExportCounts{}, "staff.work.exporting"); break;
        case StaffCommand::ChooseState:
        case StaffCommand::ChooseCounty:
        case StaffCommand::ChoosePaper:
        case StaffCommand::ChangeIdle:
        case StaffCommand::ToggleLanguage: change_setting(action); break;
        case StaffCommand::SaveSettings: start(SaveSettings{draft_}, "staff.work.saving"); break;
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
        case StaffCommand::RollBack: start(RollBack{}, "staff.work.rolling-back"); break;
        case StaffCommand::StopWork: break;
    }
}

bool StaffDesk::waits(const StaffAction& action) const { return busy() && starts_work(action); }

void StaffDesk::test_page(const content::LanguageCode& language) {
    const std::string queue =
        printer_.queue.empty() ? staff_text(pack_, language, "staff.printer.default-queue") : printer_.queue;
    const auto rules = pack_.language_rules.find(language);
    const letter::CalendarDate today = letter::CalendarDate::today();
    std::string date =
        letter::format_date(today, rules == pack_.language_rules.end() ? content::LanguageRules{} : rules->second);
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
    start(PrintTestPage{staff_text(pack_, language, "staff.test-page.title"),
                        {line("staff.test-page.date", "date", date), line("staff.test-page.printer", "printer", queue),
                         staff_text(pack_, language, "staff.test-page.frame")}},
          "staff.work.test-page");
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
    start(InstallStickPack{index, older_confirmed}, "staff.work.installing");
}

void StaffDesk::change_setting(const StaffAction& action) {
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
        default: break;
    }
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
    start(ChangePin{old_pin_, new_pin_}, "staff.work.pin");
    clear_pins();
}

}  // namespace kiosk::ui
