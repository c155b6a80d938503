#include "app/staff_services.h"

#include <algorithm>
#include <ctime>
#include <iostream>

#include "content/contact_warnings.h"
#include "content/terminal_text.h"
#include "letter/letter_request.h"
#include "letter/test_page.h"
#include "print/cups_destinations.h"
#include "print/printer_address.h"
#include "print/printer_admin.h"
#include "print/staff_printer_status.h"
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

// Everything the services share, alive as long as the kiosk.
struct Staff {
    StaffWiring wiring;

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
        const content::PaperSize paper = wiring.settings.paper.value_or(wiring.pack.info.paper);
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
        store::EventSettings changed = wiring.settings;
        changed.printer = print::printer_address_text({queue, wiring.printer->get().cups_server});
        if (auto saved = store::save_event_settings(wiring.settings_file, changed); !saved) {
            return problem("staff.printer.choose-failed", saved.error());
        }
        wiring.settings = changed;
        wiring.printer->set_printer(queue);
        return {"staff.printer.chosen", {{"printer", queue}}, false};
    }

    std::vector<ui::CountRow> counts() const {
        std::vector<ui::CountRow> rows;
        for (const auto& line : wiring.counters.lines()) {
            rows.push_back({line.day, line.recipient_id, line.state_id, line.language, line.tally.printed, line.tally.saved,
                            line.tally.failed});
        }
        return rows;
    }

    StaffNote export_counts() const {
        if (wiring.stick_packs) wiring.stick_packs->packs();  // reads the mount table: a stick may have come or gone
        const auto stick = wiring.stick_packs ? wiring.stick_packs->first_stick() : std::nullopt;
        if (!stick) return problem("staff.counts.no-stick");
        const auto file = store::counts_file_on_stick(*stick, time_stamp());
        const auto written = store::export_counts(wiring.counters, file);
        if (written) return {"staff.counts.exported", {{"file", file.filename().string()}}, false};
        // What staff can do about it, in their words; the detail goes to the journal.
        switch (store::why_stick_write_failed(*stick, wiring.counters.to_csv().size())) {
            case store::StickWriteProblem::Gone: return problem("staff.counts.stick-gone", written.error());
            case store::StickWriteProblem::ReadOnly: return problem("staff.counts.stick-read-only", written.error());
            case store::StickWriteProblem::Full: return problem("staff.counts.stick-full", written.error());
            case store::StickWriteProblem::Other: break;
        }
        return problem("staff.counts.export-failed", written.error());
    }

    ui::StaffSettings settings() const {
        const store::EventSettings& saved = wiring.settings;
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

    StaffNote save(const ui::StaffSettings& shown) {
        store::EventSettings changed = wiring.settings;
        changed.default_state = shown.default_state;
        changed.default_county = shown.default_county;
        changed.paper = shown.paper;
        changed.idle = shown.idle;
        changed.languages = shown.languages;
        if (auto saved = store::save_event_settings(wiring.settings_file, changed); !saved) {
            return problem("staff.settings.save-failed", saved.error());
        }
        wiring.settings = changed;
        return {"staff.settings.saved", {}, false};
    }

    ui::PinChange change_pin(const std::string& old_pin, const std::string& new_pin) {
        using Result = store::StaffLock::Result;
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

    ui::ContentPanel content() {
        ui::ContentPanel panel;
        panel.name = wiring.pack.info.name;
        panel.version = wiring.pack.info.version;
        panel.contacts_verified_on = wiring.pack.info.contacts_verified_on;
        panel.warnings = content::contact_warning_lines(wiring.pack, letter::CalendarDate::today().iso(), 6);
        if (!wiring.stick_packs) return panel;
        panel.store_available = true;
        panel.can_roll_back = wiring.stick_packs->store().previous().has_value();
        for (const install::PackOnStick& found : wiring.stick_packs->packs()) {
            panel.on_stick.push_back({found.name, found.changes, found.errors, found.version, found.version_in_use,
                                      found.not_newer});
        }
        return panel;
    }

    StaffNote install(std::size_t index, bool older_confirmed) {
        if (!wiring.stick_packs) return problem("staff.content.no-store");
        const auto installed = wiring.stick_packs->install(index, older_confirmed);
        if (!installed) return problem("staff.content.failed", installed.error().message);
        return {"staff.content.installed", {}, false};
    }

    StaffNote roll_back() {
        if (!wiring.stick_packs) return problem("staff.content.no-store");
        const auto back = wiring.stick_packs->store().rollback();
        if (!back) return problem("staff.content.failed", back.error());
        return {"staff.content.rolled-back", {}, false};
    }
};

}  // namespace

ui::StaffServices make_staff_services(StaffWiring wiring) {
    auto staff = std::make_shared<Staff>(Staff{std::move(wiring)});
    ui::StaffServices services;
    services.printer = [staff] { return staff->printer(); };
    services.resume_printer = [staff] { return staff->resume(); };
    services.print_test_page = [staff](const std::string& title, const std::vector<std::string>& lines) {
        return staff->test_page(title, lines);
    };
    services.cancel_jobs = [staff] { return staff->cancel(); };
    services.choose_printer = [staff](const std::string& queue) { return staff->choose(queue); };
    services.counts = [staff] { return staff->counts(); };
    services.export_counts = [staff] { return staff->export_counts(); };
    services.settings = [staff] { return staff->settings(); };
    services.save_settings = [staff](const ui::StaffSettings& shown) { return staff->save(shown); };
    services.change_pin = [staff](const std::string& old_pin, const std::string& new_pin) {
        return staff->change_pin(old_pin, new_pin);
    };
    services.content = [staff] { return staff->content(); };
    services.install = [staff](std::size_t index, bool older_confirmed) { return staff->install(index, older_confirmed); };
    services.roll_back = [staff] { return staff->roll_back(); };
    return services;
}

}  // namespace kiosk::app
