// A StaffWork for tests without CUPS, a stick or a data folder: every job answers from
// the values a test sets, and the jobs it was asked to do are recorded. A stick check
// can be held (`hold_stick_check`) so a test sees the desk while the work runs: it
// reports a step, then waits until staff tap Cancel or the test lets it go.
//
// The worker thread calls run(); the test reads what was recorded only once the desk is
// idle again (settle()), so the worker's lock orders the two.
#pragma once

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

#include <gtest/gtest.h>

#include "ui/staff/staff_desk.h"

namespace kiosk::ui::testing {

class ScriptedStaffWork : public StaffWork {
public:
    // What the jobs answer.
    PrinterPanel panel;
    std::vector<CountRow> rows;
    StaffSettings saved;
    ContentPanel content;
    StaffNote export_note{"staff.counts.no-stick", {}, true};
    bool export_throws = false;  // as a library that throws would
    std::string right_old_pin = "1234";

    // What the jobs were asked.
    int printer_reads = 0, resumes = 0, stick_checks = 0;
    std::string test_page_words;
    std::vector<std::string> pin_changes;
    std::vector<std::string> installs;

    // A stick check, once started, reports a step and waits for Cancel or release().
    std::atomic<bool> hold_stick_check{false};
    std::atomic<bool> stick_check_waiting{false};
    void release() { hold_stick_check = false; }

    std::vector<CountRow> counts() const override { return rows; }
    StaffSettings settings() const override { return saved; }

    StaffResult run(const StaffJob& job, WorkControl& control) override {
        return std::visit([&](const auto& each) { return answer(each, control); }, job);
    }

private:
    StaffResult answer(const ReadPrinter&, WorkControl&) {
        ++printer_reads;
        return panel;
    }
    StaffResult answer(const ResumePrinter&, WorkControl&) {
        ++resumes;
        return StaffNote{"staff.printer.resumed", {}, false};
    }
    StaffResult answer(const PrintTestPage& job, WorkControl&) {
        test_page_words = job.title;
        for (const auto& line : job.lines) test_page_words += "\n" + line;
        return StaffNote{"staff.printer.test-page-sent", {}, false};
    }
    StaffResult answer(const CancelPrintJobs&, WorkControl&) { return StaffNote{}; }
    StaffResult answer(const ChoosePrinter&, WorkControl&) { return StaffNote{}; }
    StaffResult answer(const ExportCounts&, WorkControl&) {
        if (export_throws) throw std::runtime_error("the stick went away mid-write");
        return export_note;
    }
    StaffResult answer(const SaveSettings& job, WorkControl&) {
        saved = job.settings;
        return StaffNote{"staff.settings.saved", {}, false};
    }
    StaffResult answer(const ChangePin& job, WorkControl&) {
        pin_changes.push_back(job.old_pin + ">" + job.new_pin);
        return PinChange{job.old_pin == right_old_pin ? PinChangeResult::Changed : PinChangeResult::WrongPin, {}};
    }
    StaffResult answer(const ReadContent&, WorkControl& control) {
        ++stick_checks;
        if (hold_stick_check) {
            control.report({"", {}, "Reading campaign.zip"});
            stick_check_waiting = true;
            while (hold_stick_check && !control.cancelled()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
            stick_check_waiting = false;
            if (control.cancelled()) {
                ContentPanel stopped = content;
                stopped.on_stick.clear();
                stopped.sticks_checked = false;
                return stopped;
            }
        }
        return content;
    }
    StaffResult answer(const InstallStickPack& job, WorkControl&) {
        installs.push_back(std::to_string(job.index) + (job.older_confirmed ? " confirmed" : ""));
        return StaffNote{"staff.content.installed", {}, false};
    }
    StaffResult answer(const RollBack&, WorkControl&) { return StaffNote{}; }
};

// Polls the desk, as the window does every frame, until every job it sent has finished
// and been applied; returns the last effect a finished job asked of the window.
inline StaffEffect settle(StaffDesk& desk, StaffDesk::Clock::time_point now) {
    StaffEffect effect = StaffEffect::None;
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    for (;;) {
        const StaffUpdate update = desk.poll(now);
        if (update.effect != StaffEffect::None) effect = update.effect;
        if (desk.idle()) break;
        if (std::chrono::steady_clock::now() > give_up) {
            ADD_FAILURE() << "the staff worker did not finish its jobs";
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return effect;
}

// Waits until `done` holds, polling the desk meanwhile.
template <typename Condition>
bool poll_until(StaffDesk& desk, StaffDesk::Clock::time_point now, Condition done) {
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!done()) {
        desk.poll(now);
        if (std::chrono::steady_clock::now() > give_up) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

}  // namespace kiosk::ui::testing
