#include "app/staff_services.h"

#include <algorithm>
#include <ctime>
#include <iostream>
#include <type_traits>
#include <utility>

#include "app/commands.h"

#include "content/contact_warnings.h"
#include "content/terminal_text.h"
#include "letter/letter_request.h"
#include "letter/test_page.h"
#include "print/cups_destinations.h"
#include "print/printer_address.h"
#include "print/printer_admin.h"
#include "print/staff_printer_status.h"
#include "install/stick_packs.h"
#include "install/stick_watcher.h"
#include "store/counts_export.h"
#include "store/stick_write_problem.h"

namespace kiosk::app {
namespace {

using ui::StaffNote;

// A note saying something failed; the detail (never personal data) also goes to the
// journal for whoever looks into it later.
StaffNote problem(std::string key, std::string detail = "") {
    StaffNote note{std::move(key), {}, true};
    if (!detail.empty()) {
        std::cerr << "letter-kiosk: staff screen: " << content::terminal_safe(detail) << '\n';
        note.values["problem"] = std::move(detail);
    }
    return note;
}

// The statuses staff need not act on.
bool fine(const std::string& key) {
    return key == "staff.printer.ready" || key == "staff.printer.printing" || key == "staff.printer.toner-low";
}

// "2026-11-25-143005", local time: export files of one day do not overwrite each other.
std::string time_stamp() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d-%H%M%S", &local);
    return text;
}

class StaffServices : public ui::StaffWork {
public:
    explicit StaffServices(StaffWiring wiring) : wiring(std::move(wiring)) {}

    std::vector<ui::CountRow> counts() const override {
        std::vector<ui::CountRow> rows;
        std::lock_guard<std::mutex> lock(wiring.counters.mutex);
        for (const auto& line : wiring.counters.counters.lines()) {
            rows.push_back({line.day, line.recipient_id, line.state_id, line.language, line.tally.printed, line.tally.saved,
                            line.tally.failed});
        }
        return rows;
    }

    ui::StaffSettings settings() const override {
        const store::EventSettings saved = wiring.settings.get();
        ui::StaffSettings shown;
        shown.default_state = saved.default_state;
        shown.default_county = saved.default_county;
        shown.paper = saved.paper.value_or(wiring.pack.info.paper);
        shown.idle = saved.idle.value_or(wiring.pack.info.idle);
        for (const auto& code : wiring.pack.info.languages) {
            const auto& named = saved.languages;
            if (named.empty() || std::find(named.begin(), named.end(), code) != named.end()) shown.languages.push_back(code);
        }
        if (shown.languages.empty()) shown.languages = wiring.pack.info.languages;
        return shown;
    }

    ui::StaffResult run(const ui::StaffJob& job, ui::WorkControl& control) override {
        control_ = &control;
        ui::StaffResult result = std::visit([this](const auto& each) { return ui::StaffResult{carry_out(each)}; }, job);
        control_ = nullptr;
        return result;
    }

private:
    ui::PrinterPanel carry_out(const ui::ReadPrinter&) const { return printer(); }
    StaffNote carry_out(const ui::ResumePrinter&) const { return resume(); }
    StaffNote carry_out(const ui::PrintTestPage& job) const { return test_page(job.title, job.lines); }
    StaffNote carry_out(const ui::CancelPrintJobs&) const { return cancel(); }
    StaffNote carry_out(const ui::ChoosePrinter& job) { return choose(job.queue); }
    StaffNote carry_out(const ui::ExportCounts&) { return export_counts(); }
    StaffNote carry_out(const ui::SaveSettings& job) { return save(job.settings); }
    ui::PinChange carry_out(const ui::ChangePin& job) { return change_pin(job.old_pin, job.new_pin); }
    ui::ContentPanel carry_out(const ui::ReadContent&) { return content(); }
    StaffNote carry_out(const ui::InstallStickPack& job) { return install(job.index, job.older_confirmed); }
    StaffNote carry_out(const ui::RollBack&) { return roll_back(); }

    // The queue letters go to now, as make_letter_printer picks it: the one named, else
    // the scheduler's default; "" when letters are saved to a folder.
    std::string queue_in_use(const print::PrinterChoice& choice) const {
        if (!choice.printer_name.empty()) return choice.printer_name;
        const auto found = print::default_destination(choice.cups_server);
        return found && *found ? **found : "";
    }

    ui::PrinterPanel printer() const {
        const print::PrinterChoice choice = wiring.printer->get();
        ui::PrinterPanel panel;
        panel.save_folder = print::save_folder(choice).string();
        if (const auto queues = print::list_destinations(choice.cups_server)) {
            for (const auto& destination : *queues) panel.queues.push_back(destination.name);
        }
        panel.queue = queue_in_use(choice);
        if (panel.queue.empty()) {
            panel.uses_cups = false;
            panel.status_key = "staff.printer.saving";
            return panel;
        }
        const auto report = print::report_queue(choice.cups_server, panel.queue);
        if (!report) {
            panel.status_key = print::staff_failure_key(report.error());
        } else {
            panel.status_key = print::staff_status_key(report->condition);
            panel.letters_waiting = report->letters_waiting;
        }
        panel.needs_staff = !fine(panel.status_key);
        return panel;
    }

    StaffNote resume() const {
        const print::PrinterChoice choice = wiring.printer->get();
        const auto resumed = print::resume_queue(choice.cups_server, queue_in_use(choice));
        if (!resumed) return problem("staff.printer.resume-failed", resumed.error().detail);
        return {"staff.printer.resumed", {}, false};
    }

    StaffNote test_page(const std::string& title, const std::vector<std::string>& lines) const {
        const print::PrinterChoice choice = wiring.printer->get();
        const content::PaperSize paper = wiring.settings.get().paper.value_or(wiring.pack.info.paper);
        auto pdf = wiring.maker.write_pdf(letter::test_page_layout(title, lines, paper));
        if (!pdf) return problem("staff.printer.test-page-failed", pdf.error());
        const auto sent = print::send_page(choice.cups_server, queue_in_use(choice), std::move(*pdf), title);
        if (!sent) return problem("staff.printer.test-page-failed", sent.error().detail);
        return {"staff.printer.test-page-sent", {}, false};
    }

    StaffNote cancel() const {
        const print::PrinterChoice choice = wiring.printer->get();
        const auto canceled = print::cancel_kiosk_jobs(choice.cups_server, queue_in_use(choice));
        if (!canceled) return problem("staff.printer.cancel-failed", canceled.error().detail);
        return {*canceled == 1 ? "staff.printer.canceled.one" : "staff.printer.canceled.other",
                {{"count", std::to_string(*canceled)}}, false};
    }

    // `queue` is one of the listed queues, so of the server letters go to now: a queue of
    // another CUPS server is saved as QUEUE@HOST:PORT, to be found there at the next start.
    StaffNote choose(const std::string& queue) {
        const std::string address = print::printer_address_text({queue, wiring.printer->get().cups_server});
        const auto saved = wiring.settings.change([&](store::EventSettings& settings) { settings.printer = address; });
        if (!saved) return problem("staff.printer.choose-failed", saved.error());
        wiring.printer->set_printer(queue);
        return {"staff.printer.chosen", {{"printer", queue}}, false};
    }

    // The first stick mounted now, from the mount table alone: the packs on it are not
    // checked to copy counts to it.
    std::optional<std::filesystem::path> first_stick() {
        if (!stick_watcher_) {
            stick_watcher_.emplace(wiring.stick_folders.empty() ? install::StickWatcher::default_folders()
                                                                : wiring.stick_folders);
        }
        stick_watcher_->refresh();
        if (stick_watcher_->sticks().empty()) return std::nullopt;
        return stick_watcher_->sticks().front().mount_point;
    }

    StaffNote export_counts() {
        const auto stick = wiring.content_store ? first_stick() : std::nullopt;
        if (!stick) return problem("staff.counts.no-stick");
        const auto file = store::counts_file_on_stick(*stick, time_stamp());
        std::unique_lock<std::mutex> lock(wiring.counters.mutex);
        const store::LetterCounters counters = wiring.counters.counters;  // a copy: letters go on being counted meanwhile
        lock.unlock();
        const auto written = store::export_counts(counters, file);
        if (written) return {"staff.counts.exported", {{"file", file.filename().string()}}, false};
        // What staff can do about it, in their words; the detail goes to the journal.
        switch (store::why_stick_write_failed(*stick, counters.to_csv().size())) {
            case store::StickWriteProblem::Gone: return problem("staff.counts.stick-gone", written.error());
            case store::StickWriteProblem::ReadOnly: return problem("staff.counts.stick-read-only", written.error());
            case store::StickWriteProblem::Full: return problem("staff.counts.stick-full", written.error());
            case store::StickWriteProblem::Other: break;
        }
        return problem("staff.counts.export-failed", written.error());
    }

    StaffNote save(const ui::StaffSettings& shown) {
        const auto saved = wiring.settings.change([&](store::EventSettings& settings) {
            settings.default_state = shown.default_state;
            settings.default_county = shown.default_county;
            settings.paper = shown.paper;
            settings.idle = shown.idle;
            settings.languages = shown.languages;
        });
        if (!saved) return problem("staff.settings.save-failed", saved.error());
        return {"staff.settings.saved", {}, false};
    }

    ui::PinChange change_pin(const std::string& old_pin, const std::string& new_pin) {
        using Result = store::StaffLock::Result;
        std::lock_guard<std::mutex> guard(wiring.lock_mutex);
        const auto now = store::StaffLock::Clock::now();
        const auto changed = wiring.lock.change_pin(old_pin, new_pin, now);
        if (!changed) return {ui::PinChangeResult::Failed, {}};
        switch (*changed) {
            case Result::Accepted: return {ui::PinChangeResult::Changed, {}};
            case Result::LockedOut: return {ui::PinChangeResult::LockedOut, wiring.lock.locked_for(now)};
            case Result::Rejected:
            case Result::NoPinSet: break;
        }
        return {ui::PinChangeResult::WrongPin, {}};
    }

    // The packs on the sticks, checked as install-content checks them. Checked again when
    // a stick came or went (StickPacks), and from scratch after a check that was stopped
    // or an install (the pack in use changed, so "newer" did).
    install::StickPacks& stick_packs() {
        const std::atomic<bool>* cancel = &control_->cancel_flag();
        if (!stick_packs_ || sticks_stale_ || stick_cancel_ != cancel) {
            install::InstallOptions options = wiring.stick_install;
            options.cancel = cancel;
            // Called on this thread, inside a job: the step goes to the screen.
            options.progress = [this](const install::CopyProgress& progress) {
                if (!control_) return;
                control_->report({"", {{"files", std::to_string(progress.files_done)}}, progress.step});
            };
            stick_packs_.reset();
            stick_packs_.emplace(*wiring.content_store, wiring.stick_folders, std::move(options));
            stick_cancel_ = cancel;
            sticks_stale_ = false;
        }
        return *stick_packs_;
    }

    ui::ContentPanel content() {
        ui::ContentPanel panel;
        panel.name = wiring.pack.info.name;
        panel.version = wiring.pack.info.version;
        panel.contacts_verified_on = wiring.pack.info.contacts_verified_on;
        panel.warnings = content::contact_warning_lines(wiring.pack, letter::CalendarDate::today().iso(), 6);
        if (!wiring.content_store) return panel;
        panel.store_available = true;
        panel.can_roll_back = wiring.content_store->previous().has_value();
        const std::vector<install::PackOnStick>& found = stick_packs().packs();
        if (control_->cancelled()) {
            // Staff tapped Cancel: what was read is not shown, and the next look checks again.
            sticks_stale_ = true;
            panel.sticks_checked = false;
            return panel;
        }
        for (const install::PackOnStick& pack : found) {
            panel.on_stick.push_back({pack.name, pack.changes, pack.errors, pack.version, pack.version_in_use, pack.not_newer});
        }
        return panel;
    }

    StaffNote install(std::size_t index, bool older_confirmed) {
        if (!wiring.content_store) return problem("staff.content.no-store");
        // Installs what the Campaign tab listed, as this screen's check read it.
        if (!stick_packs_ || stick_cancel_ != &control_->cancel_flag()) {
            return problem("staff.content.failed", "the stick was not checked");
        }
        const auto installed = stick_packs_->install(index, older_confirmed);
        sticks_stale_ = true;
        if (!installed) {
            if (installed.error().reason == install::InstallRefusal::Reason::Cancelled) return {"staff.work.stopped", {}, false};
            return problem("staff.content.failed", installed.error().message);
        }
        return {"staff.content.installed", {}, false};
    }

    StaffNote roll_back() {
        if (!wiring.content_store) return problem("staff.content.no-store");
        const auto back = wiring.content_store->rollback();
        sticks_stale_ = true;
        if (!back) return problem("staff.content.failed", back.error());
        return {"staff.content.rolled-back", {}, false};
    }

    StaffWiring wiring;
    ui::WorkControl* control_ = nullptr;  // the job running's, during run()
    std::optional<install::StickPacks> stick_packs_;
    const std::atomic<bool>* stick_cancel_ = nullptr;  // the flag stick_packs_ was made with
    bool sticks_stale_ = false;
    std::optional<install::StickWatcher> stick_watcher_;  // for the counts export
};

}  // namespace

SettingsInUse::SettingsInUse(std::filesystem::path file, store::EventSettings loaded)
    : file_(std::move(file)), settings_(std::move(loaded)) {}

store::EventSettings SettingsInUse::get() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return settings_;
}

tl::expected<void, std::string> SettingsInUse::change(const std::function<void(store::EventSettings&)>& change) {
    std::lock_guard<std::mutex> lock(mutex_);
    store::EventSettings changed = settings_;
    change(changed);
    if (auto saved = store::save_event_settings(file_, changed); !saved) return tl::make_unexpected(saved.error());
    auto read = store::load_event_settings(file_, printer_address_problem);
    if (!read) return tl::make_unexpected("the settings were saved but do not read back: " + read.error());
    settings_ = std::move(*read);
    return {};
}

std::unique_ptr<ui::StaffWork> make_staff_work(StaffWiring wiring) {
    return std::make_unique<StaffServices>(std::move(wiring));
}

}  // namespace kiosk::app
