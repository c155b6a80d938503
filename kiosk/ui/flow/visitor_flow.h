// The visitor flow as a plain state machine: no window, no clock of its own (time
// arrives in Touch and Tick events), so every path can be tested in microseconds.
//
// Decisions:
// - A visit ends completely on every way back to Welcome (Back from Who, Start over,
//   idle, the failsafe, staff exit): Welcome never holds a visit.
// - Only what the chosen letters need is asked: a state when one is addressed by state
//   or county, a county for county-level ones. National letters need neither.
// - "Change …" on Review opens a step with one way out, "Back to my letter".
// - At least one reason is required on "Why"; the "You" step is always optional.
// - A letter is printed at most once per visit, whatever is tapped; each outcome the
//   printer reports is counted once, even after its visit has ended.
// - A tap that lands less than `tap_guard` after its screen appeared is ignored, and so
//   is the rest of its burst, so a double or triple tap never acts on the next screen
//   (Next and Print sit in the same place).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "content/pack.h"
#include "ui/flow/flow_event.h"
#include "ui/flow/screen.h"
#include "ui/flow/visit.h"

namespace kiosk::ui::flow {

struct FlowSettings {
    content::IdleTimes idle;
    std::string default_state;   // preselected on Where; "" for none
    std::string default_county;  // preselected when it belongs to the default state
    std::vector<content::LanguageCode> languages = {};  // offered to visitors; empty: all of the pack's
};

// Where the visit's printing stands, for the Printing and Done screens.
struct PrintState {
    std::size_t run = 0;            // the run in progress or last finished; 0: none yet
    bool in_progress = false;
    bool failed = false;
    std::size_t letter_index = 0;   // 0-based letter being sent, among all the visit's letters
    std::size_t letter_count = 0;   // the visit's letters
    std::size_t letters_out = 0;    // printed or saved in this visit
    std::string message_key;        // what the printer waits for, or why printing failed
    bool saved = false;             // letters were saved to a folder, not printed
};

// A printer report that needs someone (paper, a jam, a stopped queue), as opposed to
// the ordinary "sending" and "printing": the visitor may leave the Printing screen then.
bool needs_attention(const std::string& message_key);

// What the print worker is asked to do: letters of the visit by index (in the order of
// `letter_requests`), each with a key that stays the same for that letter all visit long,
// so a Retry can ask the printer what became of an earlier attempt.
struct PrintRequest {
    std::size_t run = 0;
    std::size_t letter_count = 0;
    std::vector<std::size_t> letters;
    std::vector<std::string> keys;
};

// One letter's outcome for the aggregate counters: the pack's ids only, never what was typed.
struct CountedLetter {
    std::string recipient_id;
    std::string state_id;
    content::LanguageCode language;
    LetterResult result = LetterResult::Failed;
};

enum class Shift { Off, Once, Locked };

// The on-screen keyboard's state on the You step.
struct KeyboardState {
    Field focus = Field::Name;
    Shift shift = Shift::Once;  // on at the start of a word: names begin with capitals
    // The small keyboard shows its digits and accents (the ZIP code opens there); the
    // full keyboard has every key on one page.
    bool digits_page = false;
};

// What the ZIP code typed on Where found.
enum class ZipStatus { Empty, Typing, Found, NotFound };

class VisitorFlow {
public:
    static constexpr std::size_t max_name_length = 60;
    static constexpr std::size_t max_street_length = 80;
    static constexpr std::size_t max_town_length = 40;
    static constexpr std::size_t max_sender_zip_length = 10;  // "65201-1234"
    static constexpr std::size_t zip_length = 5;
    static constexpr int staff_taps = 5;
    static constexpr std::chrono::seconds staff_gesture_window{3};
    static constexpr std::size_t max_pin_length = 12;
    static constexpr std::chrono::milliseconds tap_guard{400};
    static constexpr std::chrono::seconds sorry_seconds{4};

    VisitorFlow(const content::Pack& pack, FlowSettings settings, Clock::time_point now);

    Effect handle(const Event& event);

    // Settings staff saved: they take effect when the next visit starts, never in the
    // middle of one.
    void use_from_next_visit(FlowSettings settings);
    // The languages visitors may choose, in the pack's order.
    const std::vector<content::LanguageCode>& languages() const { return languages_; }

    Screen screen() const { return screen_; }
    const Visit& visit() const { return visit_; }
    const KeyboardState& keyboard() const { return keyboard_; }
    const PrintState& printing() const { return print_; }

    // Whether Next (or Print) does something on the current step; when it does not,
    // `why_not_next()` is the pack string key saying what is missing.
    bool can_go_next() const;
    std::string why_not_next() const;
    // Shown after a tap on a disabled Next ("Choose a county"); "" for nothing.
    const std::string& notice_key() const { return notice_key_; }
    bool can_go_back() const;
    // The step was opened from Review: its one way out is "Back to my letter".
    bool editing() const { return editing_; }
    // A state must be chosen: some chosen letter is addressed by state or county.
    bool needs_state() const;
    // A county must be chosen: some chosen recipient is county-level.
    bool needs_county() const;
    // "My state is not listed" is offered: the pack has letters that need no state.
    bool offers_state_not_listed() const;
    bool is_recipient_chosen(const std::string& id) const;
    bool is_reason_chosen(const std::string& id) const;
    ZipStatus zip_status() const;
    // The counties the typed ZIP touches, in the pack's states (empty unless Found).
    std::vector<content::ZipArea> zip_matches() const;
    // Letters the next Print sends: the visit's letters not printed or saved yet.
    std::size_t letters_to_print() const;

    // Seconds left before the Still-there screen resets the kiosk.
    int still_there_seconds_left(Clock::time_point now) const;
    // When the next Tick can change something; nullopt when nothing is pending.
    std::optional<Clock::time_point> next_deadline() const;

    // The letters the last StartPrinting effect asked for.
    const PrintRequest& print_request() const { return request_; }
    // Letter outcomes reported since the last call, each once, including those of runs
    // whose visit has ended (a letter still printing at a reset is counted when it ends).
    std::vector<CountedLetter> take_letters_to_count();
    // This session's latest print failure as a pack string key, for staff; "" if none.
    const std::string& last_print_failure_key() const { return last_print_failure_key_; }
    std::size_t entered_pin_length() const { return pin_.size(); }
    const std::string& entered_pin() const { return pin_; }
    // "" when the pad is open; else why it is not, in pack string keys.
    const std::string& pin_message_key() const { return pin_message_key_; }
    std::chrono::seconds pin_locked_for() const { return pin_locked_for_; }
    bool pin_checking() const { return pin_checking_; }
    // No staff PIN is set: the pad shows how to set one instead of its keys.
    bool pin_missing() const { return pin_missing_; }
    // Counts visits reset, so the screens can drop anything cached for the last one.
    std::size_t visit_number() const { return visit_number_; }

private:
    std::chrono::seconds idle_limit(int seconds) const;
    Effect on(const ChooseLanguage&);
    Effect on(const Start&);
    Effect on(const ToggleRecipient&);
    Effect on(const Next&);
    Effect on(const Back&);
    Effect on(const ReturnToReview&);
    Effect on(const ChooseState&);
    Effect on(const StateNotListed&);
    Effect on(const ZipDigit&);
    Effect on(const ZipBackspace&);
    Effect on(const ChooseCounty&);
    Effect on(const ToggleReason&);
    Effect on(const FocusField&);
    Effect on(const TypeText&);
    Effect on(const Backspace&);
    Effect on(const ToggleShift&);
    Effect on(const ToggleKeyPage&);
    Effect on(const Skip&);
    Effect on(const EditStep&);
    Effect on(const ChooseLetterLanguage&);
    Effect on(const Print&);
    Effect on(const SpeechStarted&);
    Effect on(const PrintProgress&);
    Effect on(const LetterReported&);
    Effect on(const PrintFinished&);
    Effect on(const Retry&);
    Effect on(const Tick&);
    Effect on(const Touch&);
    Effect on(const StartOver&);
    Effect on(const StillHere&);
    Effect on(const Failure&);
    Effect on(const CornerTap&);
    Effect on(const PinDigit&);
    Effect on(const PinBackspace&);
    Effect on(const PinSubmit&);
    Effect on(const PinChecked&);
    Effect on(const PinNotSet&);
    Effect on(const ClearVisit&);
    Effect on(const ResumePrinting&);
    Effect on(const ExitKiosk&);

    void go_to(Screen screen);
    void show(Screen screen, Clock::time_point now);
    void reset();
    void clear_pin();
    void choose_state(const std::string& id);
    void look_up_zip();
    // The step after `from` going forward, skipping what the letters do not need.
    Screen step_after(Screen from) const;
    Screen step_before(Screen from) const;
    bool step_complete(Screen step) const;
    Effect leave_edit();
    // `on_screen`: show Printing (else staff screens stay, the visitor sees it when back).
    Effect start_printing(bool on_screen = true);
    std::string& focused_text();
    std::size_t focused_limit() const;
    bool is_visitor_step() const;
    bool timers_paused() const;

    // The letters of one print run, kept until the run finishes, even past its visit.
    struct Run {
        std::vector<CountedLetter> letters;  // by letter index; only those sent are reported
        std::vector<std::string> recipients; // recipient ids by letter index
    };

    const content::Pack& pack_;
    FlowSettings settings_;
    std::optional<FlowSettings> next_settings_;
    std::vector<content::LanguageCode> languages_;
    Screen screen_ = Screen::Welcome;
    Screen interrupted_ = Screen::Welcome;  // where Still-there and staff screens return to
    Visit visit_;
    KeyboardState keyboard_;
    PrintState print_;
    PrintRequest request_;
    std::set<std::string> letters_out_;  // recipient ids printed or saved in this visit
    std::map<std::size_t, Run> runs_;
    std::size_t next_run_ = 1;
    std::vector<CountedLetter> letters_to_count_;
    std::string last_print_failure_key_;
    std::string notice_key_;
    bool editing_ = false;
    Clock::time_point last_touch_;
    Clock::time_point entered_at_;  // when the current screen was entered (idle timers)
    Clock::time_point shown_at_;    // when the current screen appeared (tap guard)
    bool tap_blocked_ = false;      // the touch being handled came too soon after a screen change
    std::vector<Clock::time_point> corner_taps_;
    std::string pin_;
    std::string pin_message_key_;
    std::chrono::seconds pin_locked_for_{0};
    bool pin_checking_ = false;
    bool pin_missing_ = false;
    std::size_t visit_number_ = 0;
};

}  // namespace kiosk::ui::flow
