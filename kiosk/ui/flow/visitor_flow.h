// The visitor flow as a plain state machine: no window, no clock of its own (time
// arrives in Touch and Tick events), so every path can be tested in microseconds.
//
// Decisions: at least one reason is required on "Why" (the campaign's letter argues
// from grounds or conditions, so a letter without any says nothing); the "You" step is
// always optional. After an Edit from Review, Next returns straight to Review.
#pragma once

#include <cstddef>
#include <optional>
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
};

// Where a print run stands, for the Printing and Done screens.
struct PrintState {
    bool in_progress = false;
    bool failed = false;
    std::size_t letter_index = 0;  // 0-based letter being sent
    std::size_t letter_count = 0;
    std::size_t letters_done = 0;
    std::string message_key;       // failure, in pack string keys
    std::string saved_to;          // folder, when saved instead of printed
};

// One letter for the aggregate counters: the pack's ids only, never what was typed.
struct CountedLetter {
    std::string recipient_id;
    std::string state_id;
    bool printed = false;
};

// The on-screen keyboard's state on the You step.
struct KeyboardState {
    Field focus = Field::Name;
    bool shift = true;  // on at the start of a word: names begin with capitals
};

class VisitorFlow {
public:
    static constexpr std::size_t max_name_length = 60;
    static constexpr std::size_t max_address_length = 120;
    static constexpr int staff_taps = 5;
    static constexpr std::chrono::seconds staff_gesture_window{3};
    static constexpr std::size_t max_pin_length = 12;

    VisitorFlow(const content::Pack& pack, FlowSettings settings, Clock::time_point now);

    Effect handle(const Event& event);

    Screen screen() const { return screen_; }
    const Visit& visit() const { return visit_; }
    const KeyboardState& keyboard() const { return keyboard_; }
    const PrintState& printing() const { return print_; }

    // Whether Next (or Print) may be tapped on the current step.
    bool can_go_next() const;
    bool can_go_back() const;
    // A county must be chosen: some chosen recipient is county-level.
    bool needs_county() const;
    bool is_recipient_chosen(const std::string& id) const;
    bool is_reason_chosen(const std::string& id) const;

    // Seconds left before the Still-there screen resets the kiosk.
    int still_there_seconds_left(Clock::time_point now) const;
    // When the next Tick can change something; nullopt when nothing is pending.
    std::optional<Clock::time_point> next_deadline() const;

    std::size_t first_letter_to_print() const { return print_.letters_done; }
    // Letters whose outcome became known since the last call, each letter once: printed
    // when the printer reported it printed or saved; not printed when its visit ended
    // (Start over, idle reset) after Print was tapped but before it came out.
    std::vector<CountedLetter> take_letters_to_count();
    // This session's latest print failure as a pack string key, for staff; "" if none.
    const std::string& last_print_failure_key() const { return last_print_failure_key_; }
    std::size_t entered_pin_length() const { return pin_.size(); }
    const std::string& entered_pin() const { return pin_; }
    // "" when the pad is open; else why it is not, in pack string keys.
    const std::string& pin_message_key() const { return pin_message_key_; }
    std::chrono::seconds pin_locked_for() const { return pin_locked_for_; }
    // Counts visits reset, so the screens can drop anything cached for the last one.
    std::size_t visit_number() const { return visit_number_; }

private:
    Effect on(const ChooseLanguage&);
    Effect on(const Start&);
    Effect on(const ToggleRecipient&);
    Effect on(const Next&);
    Effect on(const Back&);
    Effect on(const ChooseState&);
    Effect on(const ChooseCounty&);
    Effect on(const ToggleReason&);
    Effect on(const FocusField&);
    Effect on(const TypeText&);
    Effect on(const Backspace&);
    Effect on(const ToggleShift&);
    Effect on(const Skip&);
    Effect on(const EditStep&);
    Effect on(const ChooseLetterLanguage&);
    Effect on(const Print&);
    Effect on(const PrintProgress&);
    Effect on(const PrintFinished&);
    Effect on(const Retry&);
    Effect on(const Tick&);
    Effect on(const Touch&);
    Effect on(const StartOver&);
    Effect on(const StillHere&);
    Effect on(const CornerTap&);
    Effect on(const PinDigit&);
    Effect on(const PinBackspace&);
    Effect on(const PinSubmit&);
    Effect on(const PinChecked&);
    Effect on(const ExitKiosk&);

    void go_to(Screen screen);
    void reset();
    void clear_pin();
    std::string& focused_text();
    bool is_visitor_step() const;
    bool timers_paused() const;

    const content::Pack& pack_;
    FlowSettings settings_;
    Screen screen_ = Screen::Welcome;
    Screen interrupted_ = Screen::Welcome;  // where Still-there and staff screens return to
    Visit visit_;
    KeyboardState keyboard_;
    PrintState print_;
    std::vector<CountedLetter> print_run_;  // the letters of the last Print, in printing order
    std::vector<CountedLetter> letters_to_count_;
    std::string last_print_failure_key_;
    bool returning_to_review_ = false;
    Clock::time_point last_touch_;
    Clock::time_point entered_at_;  // when the current screen was entered
    std::vector<Clock::time_point> corner_taps_;
    std::string pin_;
    std::string pin_message_key_;
    std::chrono::seconds pin_locked_for_{0};
    std::size_t visit_number_ = 0;
};

}  // namespace kiosk::ui::flow
