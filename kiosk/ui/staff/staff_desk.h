// The staff screen's state and what its buttons do, without a window: which tab is
// open, what the printer, the counters, the campaign and the settings say, the PIN
// being changed, and the last thing a button did (a note in staff words). The work
// itself (CUPS, files, the PIN hash) is done by StaffServices, handed in by the `run`
// command, so the desk depends on no library beyond the pack.
//
// Staff screens never show a visitor's words: nothing here reads the visit.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content/pack.h"

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
    RollBack
};

// A tap on a staff screen button: handled by the desk, never by the visitor flow.
struct StaffAction {
    StaffCommand command = StaffCommand::ShowTab;
    std::string value;
};

// What the last button did, in staff words: a key of staff_words with its values.
struct StaffNote {
    std::string key;  // "" for nothing to say
    std::map<std::string, std::string> values;
    bool problem = false;
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

// The outside world the staff screen acts on. Every member must be set.
struct StaffServices {
    std::function<PrinterPanel()> printer;
    std::function<StaffNote()> resume_printer;
    std::function<StaffNote(const std::string& title, const std::vector<std::string>& lines)> print_test_page;
    std::function<StaffNote()> cancel_jobs;
    std::function<StaffNote(const std::string& queue)> choose_printer;
    std::function<std::vector<CountRow>()> counts;
    std::function<StaffNote()> export_counts;
    std::function<StaffSettings()> settings;
    std::function<StaffNote(const StaffSettings&)> save_settings;
    std::function<PinChange(const std::string& old_pin, const std::string& new_pin)> change_pin;
    std::function<ContentPanel()> content;
    // `older_confirmed`: staff tapped "Install anyway" for a pack not newer than the one
    // in use; without it the store refuses such a pack.
    std::function<StaffNote(std::size_t stick_pack, bool older_confirmed)> install;
    std::function<StaffNote()> roll_back;
};

// What the window must do after an action, beyond redrawing.
enum class StaffEffect {
    None,
    PrinterResumed,  // the visit's letters that failed may be sent again
    SettingsSaved    // saved_settings() apply from the next visit
};

enum class PinStage { Old, New, Again };

class StaffDesk {
public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::size_t min_pin_length = 4;   // as store::is_valid_pin
    static constexpr std::size_t max_pin_length = 12;
    static constexpr std::chrono::seconds printer_refresh{1};
    static constexpr int idle_step_seconds = 15;
    static constexpr int idle_min_seconds = 15;
    static constexpr int idle_max_seconds = 900;

    StaffDesk(const content::Pack& pack, StaffServices services);
    ~StaffDesk() { close(); }

    // The PIN was accepted: the Printer tab, with everything read afresh.
    void open(Clock::time_point now);
    // Staff left: the PIN digits are wiped.
    void close();

    // `language`: the screen's, for the test page's words.
    StaffEffect act(const StaffAction& action, const content::LanguageCode& language, Clock::time_point now);
    // Reads the printer again when its tab is open and a second has passed; true if it did.
    bool refresh_if_due(Clock::time_point now);
    bool wants_ticks() const { return tab_ == StaffTab::Printer; }

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
    void show_tab(StaffTab tab, Clock::time_point now);
    void refresh_printer(Clock::time_point now);
    StaffEffect change_setting(const StaffAction& action);
    void pin_next();
    void clear_pins();
    void install(const std::string& index, bool older_confirmed);

    const content::Pack& pack_;
    StaffServices services_;
    StaffTab tab_ = StaffTab::Printer;
    StaffNote note_;
    PrinterPanel printer_;
    Clock::time_point printer_read_at_{};
    std::vector<CountRow> counts_;
    ContentPanel content_;
    std::optional<std::size_t> confirming_;  // index in content_.on_stick
    StaffSettings draft_;
    PinStage pin_stage_ = PinStage::Old;
    std::string pin_, old_pin_, new_pin_;
};

}  // namespace kiosk::ui
