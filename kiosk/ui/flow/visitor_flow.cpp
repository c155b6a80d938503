#include "ui/flow/visitor_flow.h"

#include "ui/flow/keyboard_text.h"

#include <algorithm>
#include <utility>

namespace kiosk::ui::flow {
namespace {

template <typename List>
void toggle(List& list, const std::string& id) {
    auto found = std::find(list.begin(), list.end(), id);
    if (found == list.end()) {
        list.push_back(id);
    } else {
        list.erase(found);
    }
}

}  // namespace

VisitorFlow::VisitorFlow(const content::Pack& pack, FlowSettings settings, Clock::time_point now)
    : pack_(pack), settings_(std::move(settings)), last_touch_(now), entered_at_(now) {
    reset();
    last_touch_ = now;
    entered_at_ = now;
}

Effect VisitorFlow::handle(const Event& event) {
    return std::visit([this](const auto& e) { return on(e); }, event);
}

bool VisitorFlow::needs_county() const {
    return std::any_of(visit_.recipients.begin(), visit_.recipients.end(), [&](const std::string& id) {
        const auto* recipient = pack_.find_recipient(id);
        return recipient && recipient->level == content::RecipientLevel::County;
    });
}

bool VisitorFlow::can_go_next() const {
    switch (screen_) {
        case Screen::Welcome: return true;
        case Screen::Who: return !visit_.recipients.empty();
        case Screen::Where: return !visit_.state.empty() && (!needs_county() || !visit_.county.empty());
        case Screen::Why: return !visit_.reasons.empty();
        case Screen::You: return true;
        case Screen::Review: return true;
        default: return false;
    }
}

bool VisitorFlow::can_go_back() const {
    switch (screen_) {
        case Screen::Welcome:
        case Screen::Done:
        case Screen::StillThere: return false;
        case Screen::Printing: return !print_.in_progress;
        default: return true;
    }
}

bool VisitorFlow::is_recipient_chosen(const std::string& id) const {
    return std::find(visit_.recipients.begin(), visit_.recipients.end(), id) != visit_.recipients.end();
}

bool VisitorFlow::is_reason_chosen(const std::string& id) const {
    return std::find(visit_.reasons.begin(), visit_.reasons.end(), id) != visit_.reasons.end();
}

bool VisitorFlow::is_visitor_step() const {
    return screen_ == Screen::Who || screen_ == Screen::Where || screen_ == Screen::Why ||
           screen_ == Screen::You || screen_ == Screen::Review || screen_ == Screen::Printing;
}

bool VisitorFlow::timers_paused() const {
    return screen_ == Screen::Welcome || (screen_ == Screen::Printing && print_.in_progress);
}

std::optional<Clock::time_point> VisitorFlow::next_deadline() const {
    using std::chrono::seconds;
    if (timers_paused()) return std::nullopt;
    if (screen_ == Screen::StillThere) return entered_at_ + seconds(settings_.idle.reset_after_seconds);
    if (screen_ == Screen::Done) {
        return std::max(entered_at_, last_touch_) + seconds(settings_.idle.done_reset_after_seconds);
    }
    return std::max(entered_at_, last_touch_) + seconds(settings_.idle.still_there_after_seconds);
}

int VisitorFlow::still_there_seconds_left(Clock::time_point now) const {
    const auto deadline = entered_at_ + std::chrono::seconds(settings_.idle.reset_after_seconds);
    if (now >= deadline) return 0;
    // Round up: "1 second" is shown until the very end, never "0" while still waiting.
    return int(std::chrono::ceil<std::chrono::seconds>(deadline - now).count());
}

void VisitorFlow::go_to(Screen screen) {
    screen_ = screen;
    entered_at_ = last_touch_;
}

void VisitorFlow::reset() {
    // The visit ends here: letters tapped Print for that never came out are not printed.
    for (std::size_t i = print_.letters_done; i < print_run_.size(); ++i) letters_to_count_.push_back(print_run_[i]);
    print_run_.clear();
    wipe(visit_);
    visit_.language = pack_.default_language();
    if (pack_.find_state(settings_.default_state)) {
        visit_.state = settings_.default_state;
        const auto* state = pack_.find_state(visit_.state);
        if (std::find(state->counties.begin(), state->counties.end(), settings_.default_county) != state->counties.end()) {
            visit_.county = settings_.default_county;
        }
    }
    keyboard_ = KeyboardState{};
    print_ = PrintState{};
    returning_to_review_ = false;
    clear_pin();
    screen_ = Screen::Welcome;
    interrupted_ = Screen::Welcome;
    ++visit_number_;
}

void VisitorFlow::clear_pin() {
    wipe_text(pin_);
    pin_message_key_.clear();
    pin_locked_for_ = std::chrono::seconds{0};
}

std::vector<CountedLetter> VisitorFlow::take_letters_to_count() {
    return std::exchange(letters_to_count_, {});
}

std::string& VisitorFlow::focused_text() {
    return keyboard_.focus == Field::Name ? visit_.sender_name : visit_.sender_address;
}

Effect VisitorFlow::on(const ChooseLanguage& e) {
    if (screen_ != Screen::Welcome) return Effect::None;
    if (std::find(pack_.info.languages.begin(), pack_.info.languages.end(), e.language) == pack_.info.languages.end()) {
        return Effect::None;
    }
    visit_.language = e.language;
    return Effect::None;
}

Effect VisitorFlow::on(const Start&) {
    if (screen_ == Screen::Welcome) go_to(Screen::Who);
    return Effect::None;
}

Effect VisitorFlow::on(const ToggleRecipient& e) {
    if (screen_ != Screen::Who || !pack_.find_recipient(e.id)) return Effect::None;
    toggle(visit_.recipients, e.id);
    return Effect::None;
}

Effect VisitorFlow::on(const Next&) {
    if (!can_go_next()) return Effect::None;
    if (returning_to_review_ && (screen_ == Screen::Who || screen_ == Screen::Where || screen_ == Screen::Why ||
                                 screen_ == Screen::You)) {
        // An edit may have added a county-level recipient: Where must be valid too.
        if (screen_ == Screen::Who && needs_county() && visit_.county.empty()) {
            go_to(Screen::Where);
            return Effect::None;
        }
        returning_to_review_ = false;
        go_to(Screen::Review);
        return Effect::None;
    }
    switch (screen_) {
        case Screen::Welcome: go_to(Screen::Who); break;
        case Screen::Who: go_to(Screen::Where); break;
        case Screen::Where: go_to(Screen::Why); break;
        case Screen::Why: go_to(Screen::You); break;
        case Screen::You: go_to(Screen::Review); break;
        case Screen::Review: return on(Print{});
        default: break;
    }
    return Effect::None;
}

Effect VisitorFlow::on(const Back&) {
    if (!can_go_back()) return Effect::None;
    switch (screen_) {
        case Screen::Who: go_to(Screen::Welcome); break;
        case Screen::Where: go_to(Screen::Who); break;
        case Screen::Why: go_to(Screen::Where); break;
        case Screen::You: go_to(Screen::Why); break;
        case Screen::Review: go_to(Screen::You); break;
        case Screen::Printing: go_to(Screen::Review); break;
        case Screen::StaffPin:
        case Screen::StaffMenu:
            clear_pin();
            go_to(interrupted_);
            break;
        default: break;
    }
    return Effect::None;
}

Effect VisitorFlow::on(const ChooseState& e) {
    if (screen_ != Screen::Where || !pack_.find_state(e.id)) return Effect::None;
    if (visit_.state != e.id) visit_.county.clear();
    visit_.state = e.id;
    return Effect::None;
}

Effect VisitorFlow::on(const ChooseCounty& e) {
    if (screen_ != Screen::Where) return Effect::None;
    const auto* state = pack_.find_state(visit_.state);
    if (!state || std::find(state->counties.begin(), state->counties.end(), e.name) == state->counties.end()) {
        return Effect::None;
    }
    visit_.county = e.name;
    return Effect::None;
}

Effect VisitorFlow::on(const ToggleReason& e) {
    if (screen_ != Screen::Why || !pack_.find_reason(e.id)) return Effect::None;
    toggle(visit_.reasons, e.id);
    return Effect::None;
}

Effect VisitorFlow::on(const FocusField& e) {
    if (screen_ != Screen::You) return Effect::None;
    keyboard_.focus = e.field;
    const std::string& text = focused_text();
    keyboard_.shift = text.empty() || text.back() == ' ';
    return Effect::None;
}

Effect VisitorFlow::on(const TypeText& e) {
    if (screen_ != Screen::You || e.utf8.empty()) return Effect::None;
    std::string& text = focused_text();
    const std::size_t limit = keyboard_.focus == Field::Name ? max_name_length : max_address_length;
    if (utf8_length(text) >= limit) return Effect::None;
    text += keyboard_.shift ? upper_case_key(e.utf8) : e.utf8;
    keyboard_.shift = e.utf8 == " ";  // capitalise the next word, as names need
    return Effect::None;
}

Effect VisitorFlow::on(const Backspace&) {
    if (screen_ != Screen::You) return Effect::None;
    std::string& text = focused_text();
    erase_last_character(text);
    keyboard_.shift = text.empty() || text.back() == ' ';
    return Effect::None;
}

Effect VisitorFlow::on(const ToggleShift&) {
    if (screen_ == Screen::You) keyboard_.shift = !keyboard_.shift;
    return Effect::None;
}

Effect VisitorFlow::on(const Skip&) {
    if (screen_ != Screen::You) return Effect::None;
    wipe_text(visit_.sender_name);
    wipe_text(visit_.sender_address);
    keyboard_ = KeyboardState{};
    returning_to_review_ = false;
    go_to(Screen::Review);
    return Effect::None;
}

Effect VisitorFlow::on(const EditStep& e) {
    if (screen_ != Screen::Review) return Effect::None;
    if (e.step != Screen::Who && e.step != Screen::Where && e.step != Screen::Why && e.step != Screen::You) {
        return Effect::None;
    }
    returning_to_review_ = true;
    go_to(e.step);
    return Effect::None;
}

Effect VisitorFlow::on(const ChooseLetterLanguage& e) {
    if (screen_ != Screen::Review) return Effect::None;
    if (std::find(pack_.info.languages.begin(), pack_.info.languages.end(), e.language) == pack_.info.languages.end()) {
        return Effect::None;
    }
    visit_.letter_language = e.language;
    return Effect::None;
}

Effect VisitorFlow::on(const Print&) {
    if (screen_ != Screen::Review || visit_.recipients.empty()) return Effect::None;
    print_ = PrintState{};
    print_.in_progress = true;
    print_.letter_count = visit_.recipients.size();
    // Printing again after Back from a failure starts a new run from the first letter:
    // the old run's unprinted letters are counted by how this one ends, not twice.
    print_run_.clear();
    for (const auto& recipient : visit_.recipients) print_run_.push_back({recipient, visit_.state, false});
    go_to(Screen::Printing);
    return Effect::StartPrinting;
}

Effect VisitorFlow::on(const PrintProgress& e) {
    if (!print_.in_progress) return Effect::None;
    print_.letter_index = e.letter_index;
    print_.letter_count = e.letter_count;
    return Effect::None;
}

Effect VisitorFlow::on(const PrintFinished& e) {
    // Staff may have opened their screens while letters were printing: the outcome
    // still counts, and the visitor's screen they return to shows it.
    if (!print_.in_progress) return Effect::None;
    const std::size_t letters_done = std::min(e.letters_done, print_run_.size());
    for (std::size_t i = print_.letters_done; i < letters_done; ++i) {
        letters_to_count_.push_back(print_run_[i]);
        letters_to_count_.back().printed = true;
    }
    print_.in_progress = false;
    print_.letters_done = letters_done;
    print_.failed = e.failed;
    print_.message_key = e.message_key;
    print_.saved_to = e.saved_to;
    if (e.failed) last_print_failure_key_ = e.message_key;
    if (screen_ == Screen::Printing) {
        if (!e.failed) screen_ = Screen::Done;
        entered_at_ = e.now;  // idle time counts from the outcome, not from the Print tap
    } else if (!e.failed) {
        interrupted_ = Screen::Done;
    }
    return Effect::None;
}

Effect VisitorFlow::on(const Retry&) {
    if (screen_ != Screen::Printing || print_.in_progress || !print_.failed) return Effect::None;
    print_.in_progress = true;
    print_.failed = false;
    print_.message_key.clear();
    return Effect::StartPrinting;
}

Effect VisitorFlow::on(const Tick& e) {
    const auto deadline = next_deadline();
    if (!deadline || e.now < *deadline) return Effect::None;
    if (screen_ == Screen::StillThere || screen_ == Screen::Done) {
        reset();
    } else if (screen_ == Screen::StaffPin || screen_ == Screen::StaffMenu) {
        clear_pin();
        go_to(interrupted_);  // staff walked away: the visitor screen comes back
    } else if (is_visitor_step()) {
        interrupted_ = screen_;
        screen_ = Screen::StillThere;
        entered_at_ = e.now;
    }
    return Effect::None;
}

Effect VisitorFlow::on(const Touch& e) {
    last_touch_ = e.now;
    return Effect::None;
}

Effect VisitorFlow::on(const StartOver&) {
    if (screen_ == Screen::Done || (screen_ == Screen::Printing && !print_.in_progress)) reset();
    return Effect::None;
}

Effect VisitorFlow::on(const StillHere&) {
    if (screen_ == Screen::StillThere) go_to(interrupted_);
    return Effect::None;
}

Effect VisitorFlow::on(const CornerTap& e) {
    if (screen_ == Screen::StaffPin || screen_ == Screen::StaffMenu) return Effect::None;
    corner_taps_.push_back(e.now);
    corner_taps_.erase(std::remove_if(corner_taps_.begin(), corner_taps_.end(),
                                      [&](Clock::time_point t) { return e.now - t > staff_gesture_window; }),
                       corner_taps_.end());
    if (int(corner_taps_.size()) < staff_taps) return Effect::None;
    corner_taps_.clear();
    interrupted_ = screen_ == Screen::StillThere ? interrupted_ : screen_;
    clear_pin();
    go_to(Screen::StaffPin);
    return Effect::None;
}

Effect VisitorFlow::on(const PinDigit& e) {
    if (screen_ != Screen::StaffPin || e.digit < '0' || e.digit > '9' || pin_.size() >= max_pin_length) {
        return Effect::None;
    }
    pin_ += e.digit;
    return Effect::None;
}

Effect VisitorFlow::on(const PinBackspace&) {
    if (screen_ == Screen::StaffPin && !pin_.empty()) pin_.pop_back();
    return Effect::None;
}

Effect VisitorFlow::on(const PinSubmit&) {
    if (screen_ != Screen::StaffPin || pin_.empty()) return Effect::None;
    return Effect::CheckPin;
}

Effect VisitorFlow::on(const PinChecked& e) {
    if (screen_ != Screen::StaffPin) return Effect::None;
    clear_pin();
    switch (e.result) {
        case PinResult::Accepted: go_to(Screen::StaffMenu); break;
        case PinResult::Rejected: pin_message_key_ = "ui.staff.wrong-pin"; break;
        case PinResult::LockedOut:
            pin_message_key_ = "ui.staff.locked";
            pin_locked_for_ = e.locked_for;
            break;
        case PinResult::NoPinSet: pin_message_key_ = "ui.staff.no-pin"; break;
    }
    return Effect::None;
}

Effect VisitorFlow::on(const ExitKiosk&) {
    if (screen_ != Screen::StaffMenu) return Effect::None;
    // Leaving ends the visit too: its unprinted letters are counted and its words wiped.
    reset();
    return Effect::Exit;
}

}  // namespace kiosk::ui::flow
