// The staff screen's state and what its buttons do, without a window: which tab is
// open, what the printer, the counters, the campaign and the settings say, the PIN
// being changed, the job running and the last thing a button did (a note in staff
// words). The work itself (CUPS, files, the PIN hash) is a StaffJob carried out by the
// desk's StaffWorker, off the UI thread, so a slow stick or a CUPS that does not answer
// never stops the screen drawing; the desk depends on no library beyond the pack.
//
// One job at a time: while one that staff started runs, every button that would start
// another is disabled (the screen says why), and Cancel is offered when the job can stop.
//
// Staff screens never show a visitor's words: nothing here reads the visit.
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content/pack.h"
#include "ui/staff/staff_job.h"
#include "ui/staff/staff_worker.h"

namespace kiosk::ui {

enum class StaffTab { Printer, Counts, Content, Settings, Pin };

enum class StaffCommand {
    ShowTab,         // value: "printer", "counts", "content", "settings", "pin"
    Resume,
    TestPage,
    CancelJobs,
    ChoosePrinter,   // value: the queue's name
    ExportCounts,
    ChooseState,     // value: a state id, "" for none
    ChooseCounty,    // value: a county name, "" for none
    ChoosePaper,     // value: "letter" or "a4"
    ChangeIdle,      // value: "still-there", "reset" or "done-reset", then "+" or "-"
    ToggleLanguage,  // value: a language code
    SaveSettings,
    PinDigit,        // value: one digit
    PinBackspace,
    PinNext,
    Install,         // value: the index of the pack found on the stick; asks first when it is not newer
    InstallAnyway,   // the pack asked about is installed although it is not newer
    KeepInUse,       // the pack asked about is not installed
    RollBack,
    StopWork         // Cancel, while a job that can stop runs
};

// A tap on a staff screen button: handled by the desk, never by the visitor flow.
struct StaffAction {
    StaffCommand command = StaffCommand::ShowTab;
    std::string value;
};

// What the window must do after a job finished, beyond redrawing.
enum class StaffEffect {
    None,
    PrinterResumed,  // the visit's letters that failed may be sent again
    SettingsSaved    // settings() were saved: they apply from the next visit
};

enum class PinStage { Old, New, Again };

// What poll() found: something to draw, and what the window must do.
struct StaffUpdate {
    bool changed = false;
    StaffEffect effect = StaffEffect::None;
};

// The job staff started, while it runs: the step it is on, and whether Cancel is offered.
struct StaffWorking {
    StaffProgress progress;
    bool can_stop = false;
    bool stopping = false;  // Cancel was tapped; the job ends at its next step
};

class StaffDesk {
public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::size_t min_pin_length = 4;   // as store::is_valid_pin
    static constexpr std::size_t max_pin_length = 12;
    static constexpr std::chrono::seconds printer_refresh{1};
    static constexpr int idle_step_seconds = 15;
    static constexpr int idle_min_seconds = 15;
    static constexpr int idle_max_seconds = 900;

    // `work` outlives the desk; the desk's worker thread calls it.
    StaffDesk(const content::Pack& pack, StaffWork& work);
    ~StaffDesk() { close(); }

    // The PIN was accepted: the Printer tab, with everything read afresh.
    void open(Clock::time_point now);
    // Staff left: the PIN digits are wiped, a check of the sticks stops (nobody will
    // read it); a job that changes something (an install, a save) goes on to its end.
    void close();

    // `language`: the screen's, for the test page's words.
    void act(const StaffAction& action, const content::LanguageCode& language, Clock::time_point now);
    // Called every turn of the window's loop, on the staff screen or not: applies the
    // jobs that finished, takes up the step of the one running, and asks for the
    // printer again when its tab is open and a second has passed.
    StaffUpdate poll(Clock::time_point now);
    // The window must wake on a timer: the Printer tab reads the printer every second,
    // and a job's steps must be drawn as they come.
    bool wants_ticks() const { return tab_ == StaffTab::Printer || !worker_.idle(); }
    // A job staff started has not finished: buttons that start work are disabled.
    bool busy() const { return working_.has_value(); }
    // No job at all is running or waiting (the pack in use may be replaced).
    bool idle() const { return worker_.idle(); }
    const std::optional<StaffWorking>& working() const { return working_; }
    // Whether `action` would start work while a job staff started runs: the screen
    // shows such buttons disabled, and act() ignores them.
    bool waits(const StaffAction& action) const;

    StaffTab tab() const { return tab_; }
    const StaffNote& note() const { return note_; }
    const PrinterPanel& printer() const { return printer_; }
    const std::vector<CountRow>& counts() const { return counts_; }
    const ContentPanel& content() const { return content_; }
    const StaffSettings& settings() const { return draft_; }
    // The pack on the stick staff are asked about (not newer than the one in use), or null.
    const StickPack* install_to_confirm() const;
    PinStage pin_stage() const { return pin_stage_; }
    std::size_t pin_length() const { return pin_.size(); }

private:
    void start(StaffJob job, std::string progress_key);
    void read_printer(Clock::time_point now);
    StaffEffect apply(FinishedJob& finished);
    void show_tab(StaffTab tab, Clock::time_point now);
    void change_setting(const StaffAction& action);
    void test_page(const content::LanguageCode& language);
    void pin_next();
    void clear_pins();
    void install(const std::string& index, bool older_confirmed);

    const content::Pack& pack_;
    StaffWork& work_;
    StaffTab tab_ = StaffTab::Printer;
    StaffNote note_;
    PrinterPanel printer_;
    Clock::time_point printer_read_at_{};
    std::optional<std::uint64_t> printer_reading_;  // the ticket of a ReadPrinter the desk sent itself
    std::optional<std::uint64_t> staff_job_;         // the ticket of the job staff started
    std::optional<StaffWorking> working_;
    bool checking_sticks_ = false;  // the job staff started is a ReadContent
    std::vector<CountRow> counts_;
    ContentPanel content_;
    std::optional<std::size_t> confirming_;  // index in content_.on_stick
    StaffSettings draft_;
    PinStage pin_stage_ = PinStage::Old;
    std::string pin_, old_pin_, new_pin_;
    StaffWorker worker_;  // last: its thread ends before the rest goes
};

}  // namespace kiosk::ui
