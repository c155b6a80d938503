// What the staff screen asks of the world outside it (CUPS, files, the content store,
// the PIN hash), as plain values, and what comes back. The desk hands a job to the
// staff worker (staff_worker.h), which carries it out with a StaffWork off the UI
// thread, one at a time; the `run` command's StaffWork (app/staff_services.cpp) is the
// one seam to the libraries, and tests script their own.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <map>
#include <string>
#include <variant>
#include <vector>

#include "content/pack.h"

namespace kiosk::ui {

// What a job did, in staff words: a key of staff_words with its values.
struct StaffNote {
    std::string key;  // "" for nothing to say
    std::map<std::string, std::string> values;
    bool problem = false;
    // A lock-out's length, for "{{wait}}" in words (ui/staff/lock_wait.h); 0 for none.
    std::chrono::seconds wait{0};
};

struct PrinterPanel {
    bool uses_cups = true;        // false: no printer, letters are saved to `save_folder`
    std::string queue;            // the queue in use; "" for the CUPS default
    std::string status_key;       // "staff.printer.*"
    bool needs_staff = false;     // the status asks staff to act
    int letters_waiting = 0;      // the kiosk's jobs in the queue, not yet ended
    std::vector<std::string> queues;  // every CUPS queue, to choose from
    std::string save_folder;
};

// One line of the counters: aggregate only, ids of the pack.
struct CountRow {
    std::string day, recipient_id, state_id, language;
    int printed = 0, saved = 0, failed = 0;
};

// A campaign pack found on a USB stick, as the content store reports it.
struct StickPack {
    std::string name;                  // "Campaign 2027, version 3"
    std::vector<std::string> summary;  // what would change, one line each
    std::vector<std::string> errors;   // "contacts/sheriff.csv:12: ...", empty when it installs
    std::string version, version_in_use;  // "" when unknown (a broken pack, nothing installed)
    bool not_newer = false;            // the same version as the one in use, or older: Install asks first
};

struct ContentPanel {
    std::string name, version, contacts_verified_on;  // the pack in use
    std::vector<std::string> warnings;  // ended terms and unverified addresses, "file:line: ..."
    bool store_available = false;       // installing from a stick is possible in this build
    std::vector<StickPack> on_stick;
    bool sticks_checked = true;         // false: staff stopped the check; on_stick is empty
    bool can_roll_back = false;
};

struct StaffSettings {
    std::string default_state, default_county;
    content::PaperSize paper = content::PaperSize::Letter;
    content::IdleTimes idle;
    std::vector<content::LanguageCode> languages;  // shown to visitors, in the pack's order
};

enum class PinChangeResult { Changed, WrongPin, LockedOut, Failed };
struct PinChange {
    PinChangeResult result = PinChangeResult::Failed;
    std::chrono::seconds locked_for{0};
};

// The jobs. Reading the printer is the one job the desk starts by itself (every second
// on the Printer tab); every other one is a tap.
struct ReadPrinter {};
struct ResumePrinter {};
struct PrintTestPage { std::string title; std::vector<std::string> lines; };
struct CancelPrintJobs {};
struct ChoosePrinter { std::string queue; };
struct ExportCounts {};
struct SaveSettings { StaffSettings settings; };
struct ChangePin { std::string old_pin, new_pin; };  // the desk wipes both once the job is done
// The campaign in use, and every pack on every stick checked (nothing installed).
struct ReadContent {};
// `older_confirmed`: staff tapped "Install anyway" for a pack not newer than the one
// in use; without it the store refuses such a pack.
struct InstallStickPack { std::size_t index = 0; bool older_confirmed = false; };
struct RollBack {};

using StaffJob = std::variant<ReadPrinter, ResumePrinter, PrintTestPage, CancelPrintJobs, ChoosePrinter, ExportCounts,
                              SaveSettings, ChangePin, ReadContent, InstallStickPack, RollBack>;

// ReadPrinter gives a PrinterPanel, ReadContent a ContentPanel, ChangePin a PinChange,
// every other job a StaffNote.
using StaffResult = std::variant<StaffNote, PrinterPanel, ContentPanel, PinChange>;

// Whether staff may stop a job part way: the checks of the packs on a stick, and an
// install until the new pack is switched in (the store then says it was stopped).
inline bool can_stop(const StaffJob& job) {
    return std::holds_alternative<ReadContent>(job) || std::holds_alternative<InstallStickPack>(job);
}

// The step a job is on, in staff words (a key of staff_words with its values), and a
// detail from the library doing it ("Reading campaign.zip (1,204 of 2,000 entries)").
struct StaffProgress {
    std::string key;
    std::map<std::string, std::string> values;
    std::string detail;
};

// What a running job may ask of the worker: has staff tapped Cancel, and the step it is on.
class WorkControl {
public:
    virtual ~WorkControl() = default;
    // The flag the job (and the content store) reads between entries; true once staff
    // tapped Cancel. Valid for as long as the worker lives.
    virtual const std::atomic<bool>& cancel_flag() const = 0;
    bool cancelled() const { return cancel_flag().load(); }
    virtual void report(StaffProgress progress) = 0;
};

// Carries out staff jobs; called on the staff worker's thread only, one job at a time.
class StaffWork {
public:
    virtual ~StaffWork() = default;
    // What staff see without waiting on anything (memory only, called on the UI thread):
    // the counters and the settings in use.
    virtual std::vector<CountRow> counts() const = 0;
    virtual StaffSettings settings() const = 0;
    virtual StaffResult run(const StaffJob& job, WorkControl& control) = 0;
};

}  // namespace kiosk::ui
