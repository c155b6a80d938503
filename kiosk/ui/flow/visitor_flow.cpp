#include "ui/flow/visitor_flow.h"

#include "ui/flow/keyboard_text.h"

#include <algorithm>
#include <cctype>
#include <type_traits>
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

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

// Events a finger produces on a screen element: these are what the tap guard holds back.
template <typename E>
constexpr bool is_tap =
    !std::is_same_v<E, PrintProgress> && !std::is_same_v<E, LetterReported> && !std::is_same_v<E, PrintFinished> &&
    !std::is_same_v<E, Tick> && !std::is_same_v<E, Touch> && !std::is_same_v<E, Failure> &&
    !std::is_same_v<E, CornerTap> && !std::is_same_v<E, PinChecked> && !std::is_same_v<E, PinNotSet> &&
    !std::is_same_v<E, ResumePrinting>;

}  // namespace

bool needs_attention(const std::string& message_key) {
    return !message_key.empty() && message_key != "print.sending" && message_key != "print.printing";
}

VisitorFlow::VisitorFlow(const content::Pack& pack, FlowSettings settings, Clock::time_point now)
    : pack_(pack), settings_(std::move(settings)), last_touch_(now), entered_at_(now), shown_at_(now) {
    reset();
    visit_number_ = 0;
}

Effect VisitorFlow::handle(const Event& event) {
    return std::visit(
        [this](const auto& e) {
            using E = std::decay_t<decltype(e)>;
            if constexpr (is_tap<E>) {
                if (tap_blocked_) return Effect::None;
                if (!std::is_same_v<E, Next>) notice_key_.clear();
            }
            return on(e);
        },
        event);
}

// --- What the visit needs -------------------------------------------------------------

bool VisitorFlow::needs_state() const {
    return std::any_of(visit_.recipients.begin(), visit_.recipients.end(), [&](const std::string& id) {
        const auto* recipient = pack_.find_recipient(id);
        return recipient && recipient->level != content::RecipientLevel::National;
    });
}

bool VisitorFlow::needs_county() const {
    return std::any_of(visit_.recipients.begin(), visit_.recipients.end(), [&](const std::string& id) {
        const auto* recipient = pack_.find_recipient(id);
        return recipient && recipient->level == content::RecipientLevel::County;
    });
}

bool VisitorFlow::offers_state_not_listed() const {
    return std::any_of(pack_.recipients.begin(), pack_.recipients.end(),
                       [](const content::Recipient& r) { return r.level == content::RecipientLevel::National; });
}

bool VisitorFlow::step_complete(Screen step) const {
    switch (step) {
        case Screen::Who: return !visit_.recipients.empty();
        case Screen::Where:
            return !needs_state() || (!visit_.state.empty() && (!needs_county() || !visit_.county.empty()));
        case Screen::Why: return !visit_.reasons.empty();
        default: return true;
    }
}

bool VisitorFlow::can_go_next() const {
    switch (screen_) {
        case Screen::Welcome: return true;
        case Screen::Who:
        case Screen::Where:
        case Screen::Why: return step_complete(screen_);
        case Screen::You: return true;
        case Screen::Review: return letters_to_print() > 0;
        default: return false;
    }
}

std::string VisitorFlow::why_not_next() const {
    if (can_go_next()) return "";
    switch (screen_) {
        case Screen::Who: return "ui.who.missing";
        case Screen::Where: return visit_.state.empty() ? "ui.where.missing-state" : "ui.where.missing-county";
        case Screen::Why: return "ui.why.missing";
        default: return "";
    }
}

bool VisitorFlow::can_go_back() const {
    switch (screen_) {
        case Screen::Who:
        case Screen::Where:
        case Screen::Why:
        case Screen::You: return !editing_;
        case Screen::Review:
        case Screen::StaffPin:
        case Screen::StaffMenu: return true;
        case Screen::Printing: return !print_.in_progress;
        default: return false;
    }
}

bool VisitorFlow::is_recipient_chosen(const std::string& id) const { return contains(visit_.recipients, id); }

bool VisitorFlow::is_reason_chosen(const std::string& id) const { return contains(visit_.reasons, id); }

ZipStatus VisitorFlow::zip_status() const {
    if (visit_.zip.empty()) return ZipStatus::Empty;
    if (visit_.zip.size() < zip_length) return ZipStatus::Typing;
    return zip_matches().empty() ? ZipStatus::NotFound : ZipStatus::Found;
}

std::vector<content::ZipArea> VisitorFlow::zip_matches() const {
    std::vector<content::ZipArea> matches;
    if (visit_.zip.size() != zip_length) return matches;
    const auto* areas = pack_.find_zip(visit_.zip);
    if (!areas) return matches;
    for (const auto& area : *areas) {
        const auto* state = pack_.find_state(area.state);
        if (state && contains(state->counties, area.county)) matches.push_back(area);
    }
    return matches;
}

std::size_t VisitorFlow::letters_to_print() const {
    return std::size_t(std::count_if(visit_.recipients.begin(), visit_.recipients.end(),
                                     [&](const std::string& id) { return !letters_out_.count(id); }));
}

bool VisitorFlow::is_visitor_step() const {
    return screen_ == Screen::Who || screen_ == Screen::Where || screen_ == Screen::Why || screen_ == Screen::You ||
           screen_ == Screen::Review || screen_ == Screen::Printing;
}

// --- Time -----------------------------------------------------------------------------

bool VisitorFlow::timers_paused() const {
    // Welcome holds no visit, only perhaps a language: that alone resets quietly.
    if (screen_ == Screen::Welcome) return visit_.language == pack_.default_language();
    // While letters come out nobody should be rushed; a printer needing attention is
    // different: the visitor may have walked away, and the next one must not inherit it.
    return screen_ == Screen::Printing && print_.in_progress && !needs_attention(print_.message_key);
}

// A visitor who listens takes longer to hear a screen out than one who reads it.
std::chrono::seconds VisitorFlow::idle_limit(int seconds) const {
    return std::chrono::seconds(visit_.more_time ? 2 * seconds : seconds);
}

std::optional<Clock::time_point> VisitorFlow::next_deadline() const {
    if (timers_paused()) return std::nullopt;
    if (screen_ == Screen::Sorry) return entered_at_ + sorry_seconds;
    if (screen_ == Screen::StillThere) return entered_at_ + idle_limit(settings_.idle.reset_after_seconds);
    if (screen_ == Screen::Done) {
        return std::max(entered_at_, last_touch_) + idle_limit(settings_.idle.done_reset_after_seconds);
    }
    return std::max(entered_at_, last_touch_) + idle_limit(settings_.idle.still_there_after_seconds);
}

int VisitorFlow::still_there_seconds_left(Clock::time_point now) const {
    const auto deadline = entered_at_ + idle_limit(settings_.idle.reset_after_seconds);
    if (now >= deadline) return 0;
    // Round up: "1 second" is shown until the very end, never "0" while still waiting.
    return int(std::chrono::ceil<std::chrono::seconds>(deadline - now).count());
}

// --- Moving between screens -----------------------------------------------------------

void VisitorFlow::go_to(Screen screen) { show(screen, last_touch_); }

void VisitorFlow::show(Screen screen, Clock::time_point now) {
    screen_ = screen;
    entered_at_ = now;
    shown_at_ = now;
}

Screen VisitorFlow::step_after(Screen from) const {
    switch (from) {
        case Screen::Welcome: return Screen::Who;
        case Screen::Who: return needs_state() ? Screen::Where : Screen::Why;
        case Screen::Where: return Screen::Why;
        case Screen::Why: return Screen::You;
        default: return Screen::Review;
    }
}

Screen VisitorFlow::step_before(Screen from) const {
    switch (from) {
        case Screen::Where: return Screen::Who;
        case Screen::Why: return needs_state() ? Screen::Where : Screen::Who;
        case Screen::You: return Screen::Why;
        case Screen::Review: return Screen::You;
        case Screen::Printing: return Screen::Review;
        default: return Screen::Welcome;
    }
}

void VisitorFlow::use_from_next_visit(FlowSettings settings) { next_settings_ = std::move(settings); }

void VisitorFlow::reset() {
    // The visit ends here. Letters of a run still printing are counted when they end
    // (`runs_` outlives the visit); nothing of what was typed or chosen is kept.
    if (next_settings_) settings_ = *std::exchange(next_settings_, std::nullopt);
    languages_.clear();
    for (const auto& code : pack_.info.languages) {
        if (settings_.languages.empty() || contains(settings_.languages, code)) languages_.push_back(code);
    }
    if (languages_.empty()) languages_ = pack_.info.languages;
    wipe(visit_);
    visit_.language = languages_.front();
    letters_out_.clear();
    keyboard_ = KeyboardState{};
    print_ = PrintState{};
    request_ = PrintRequest{};
    editing_ = false;
    notice_key_.clear();
    clear_pin();
    pin_checking_ = false;
    if (pack_.find_state(settings_.default_state)) {
        visit_.state = settings_.default_state;
        const auto* state = pack_.find_state(visit_.state);
        if (contains(state->counties, settings_.default_county)) visit_.county = settings_.default_county;
    }
    screen_ = Screen::Welcome;
    interrupted_ = Screen::Welcome;
    ++visit_number_;
}

void VisitorFlow::clear_pin() {
    pin_missing_ = false;
    wipe_text(pin_);
    pin_message_key_.clear();
    pin_locked_for_ = std::chrono::seconds{0};
}

std::vector<CountedLetter> VisitorFlow::take_letters_to_count() { return std::exchange(letters_to_count_, {}); }

// --- The visitor's steps --------------------------------------------------------------

Effect VisitorFlow::on(const ChooseLanguage& e) {
    if (screen_ != Screen::Welcome && !is_visitor_step() && screen_ != Screen::Done) return Effect::None;
    if (!contains(languages_, e.language)) return Effect::None;
    visit_.language = e.language;
    return Effect::None;
}

Effect VisitorFlow::on(const Start&) {
    if (screen_ == Screen::Welcome) go_to(Screen::Who);
    else if (screen_ == Screen::Sorry) reset();
    return Effect::None;
}

Effect VisitorFlow::on(const ToggleRecipient& e) {
    if (screen_ != Screen::Who || !pack_.find_recipient(e.id)) return Effect::None;
    toggle(visit_.recipients, e.id);
    if (needs_state()) visit_.state_not_listed = false;
    return Effect::None;
}

Effect VisitorFlow::on(const Next&) {
    if (editing_) return on(ReturnToReview{});
    if (!can_go_next()) {
        notice_key_ = why_not_next();
        return Effect::None;
    }
    if (screen_ == Screen::Review) return on(Print{});
    if (screen_ == Screen::Welcome || screen_ == Screen::Who || screen_ == Screen::Where || screen_ == Screen::Why ||
        screen_ == Screen::You) {
        go_to(step_after(screen_));
    }
    return Effect::None;
}

Effect VisitorFlow::on(const Back&) {
    if (!can_go_back()) return Effect::None;
    switch (screen_) {
        case Screen::Who: reset(); break;  // back to Welcome: the visit ends
        case Screen::StaffPin:
        case Screen::StaffMenu:
            clear_pin();
            // Back to an empty Welcome: a fresh start, so settings staff saved apply now.
            if (interrupted_ == Screen::Welcome) reset();
            go_to(interrupted_);
            break;
        default: go_to(step_before(screen_)); break;
    }
    return Effect::None;
}

Effect VisitorFlow::on(const ReturnToReview&) {
    if (!editing_ || (screen_ != Screen::Who && screen_ != Screen::Where && screen_ != Screen::Why &&
                      screen_ != Screen::You)) {
        return Effect::None;
    }
    if (!step_complete(screen_)) {
        notice_key_ = why_not_next();
        return Effect::None;
    }
    return leave_edit();
}

// An edit may have added a letter that needs a place: Where comes first, still as an edit.
Effect VisitorFlow::leave_edit() {
    if (!step_complete(Screen::Where)) {
        go_to(Screen::Where);
        return Effect::None;
    }
    editing_ = false;
    go_to(Screen::Review);
    return Effect::None;
}

void VisitorFlow::choose_state(const std::string& id) {
    if (visit_.state != id) wipe_text(visit_.county);
    visit_.state = id;
    visit_.state_not_listed = false;
}

Effect VisitorFlow::on(const ChooseState& e) {
    if (screen_ != Screen::Where || !pack_.find_state(e.id)) return Effect::None;
    choose_state(e.id);
    return Effect::None;
}

Effect VisitorFlow::on(const StateNotListed&) {
    if (screen_ != Screen::Where || !offers_state_not_listed()) return Effect::None;
    // Only national letters can be written from a state the pack does not have.
    visit_.recipients.erase(std::remove_if(visit_.recipients.begin(), visit_.recipients.end(),
                                           [&](const std::string& id) {
                                               const auto* recipient = pack_.find_recipient(id);
                                               return !recipient || recipient->level != content::RecipientLevel::National;
                                           }),
                            visit_.recipients.end());
    wipe_text(visit_.state);
    wipe_text(visit_.county);
    visit_.state_not_listed = true;
    if (visit_.recipients.empty()) {
        notice_key_ = "ui.where.only-national";
        go_to(Screen::Who);
        return Effect::None;
    }
    if (editing_) return leave_edit();
    go_to(Screen::Why);
    return Effect::None;
}

void VisitorFlow::look_up_zip() {
    if (visit_.sender_zip.empty()) visit_.sender_zip = visit_.zip;
    const auto matches = zip_matches();
    if (matches.empty()) return;
    const bool one_state = std::all_of(matches.begin(), matches.end(),
                                       [&](const content::ZipArea& area) { return area.state == matches[0].state; });
    if (!one_state) return;  // the visitor picks a county, and with it the state
    choose_state(matches[0].state);
    if (matches.size() == 1) visit_.county = matches[0].county;
}

Effect VisitorFlow::on(const ZipDigit& e) {
    if (screen_ != Screen::Where || e.digit < '0' || e.digit > '9' || visit_.zip.size() >= zip_length) {
        return Effect::None;
    }
    visit_.zip += e.digit;
    if (visit_.zip.size() == zip_length) look_up_zip();
    return Effect::None;
}

Effect VisitorFlow::on(const ZipBackspace&) {
    if (screen_ != Screen::Where || visit_.zip.empty()) return Effect::None;
    // A sender ZIP prefilled from this one and not changed since follows the correction.
    if (visit_.sender_zip == visit_.zip) wipe_text(visit_.sender_zip);
    visit_.zip.pop_back();
    return Effect::None;
}

Effect VisitorFlow::on(const ChooseCounty& e) {
    if (screen_ != Screen::Where) return Effect::None;
    const std::string& state_id = e.state.empty() ? visit_.state : e.state;
    const auto* state = pack_.find_state(state_id);
    if (!state || !contains(state->counties, e.name)) return Effect::None;
    choose_state(state_id);
    visit_.county = e.name;
    return Effect::None;
}

Effect VisitorFlow::on(const ToggleReason& e) {
    if (screen_ != Screen::Why || !pack_.find_reason(e.id)) return Effect::None;
    toggle(visit_.reasons, e.id);
    return Effect::None;
}

std::string& VisitorFlow::focused_text() {
    switch (keyboard_.focus) {
        case Field::Street: return visit_.sender_street;
        case Field::Town: return visit_.sender_town;
        case Field::Zip: return visit_.sender_zip;
        case Field::Name: break;
    }
    return visit_.sender_name;
}

std::size_t VisitorFlow::focused_limit() const {
    switch (keyboard_.focus) {
        case Field::Street: return max_street_length;
        case Field::Town: return max_town_length;
        case Field::Zip: return max_sender_zip_length;
        case Field::Name: break;
    }
    return max_name_length;
}

Effect VisitorFlow::on(const FocusField& e) {
    if (screen_ != Screen::You) return Effect::None;
    keyboard_.focus = e.field;
    keyboard_.digits_page = e.field == Field::Zip;
    if (keyboard_.shift != Shift::Locked) {
        const std::string& text = focused_text();
        keyboard_.shift = text.empty() || text.back() == ' ' ? Shift::Once : Shift::Off;
    }
    return Effect::None;
}

Effect VisitorFlow::on(const TypeText& e) {
    if (screen_ != Screen::You || e.utf8.empty()) return Effect::None;
    std::string& text = focused_text();
    if (utf8_length(text) >= focused_limit()) return Effect::None;
    text += keyboard_.shift != Shift::Off || e.capital ? upper_case_key(e.utf8) : e.utf8;
    // Capitalise the next word, as names need; caps lock stays until tapped off.
    if (keyboard_.shift != Shift::Locked) keyboard_.shift = e.utf8 == " " ? Shift::Once : Shift::Off;
    return Effect::None;
}

Effect VisitorFlow::on(const Backspace&) {
    if (screen_ != Screen::You) return Effect::None;
    std::string& text = focused_text();
    erase_last_character(text);
    if (keyboard_.shift != Shift::Locked) keyboard_.shift = text.empty() || text.back() == ' ' ? Shift::Once : Shift::Off;
    return Effect::None;
}

Effect VisitorFlow::on(const ToggleShift&) {
    if (screen_ != Screen::You) return Effect::None;
    switch (keyboard_.shift) {
        case Shift::Off: keyboard_.shift = Shift::Once; break;
        case Shift::Once: keyboard_.shift = Shift::Locked; break;
        case Shift::Locked: keyboard_.shift = Shift::Off; break;
    }
    return Effect::None;
}

Effect VisitorFlow::on(const ToggleKeyPage&) {
    if (screen_ == Screen::You) keyboard_.digits_page = !keyboard_.digits_page;
    return Effect::None;
}

Effect VisitorFlow::on(const Skip&) {
    if (screen_ != Screen::You) return Effect::None;
    wipe_text(visit_.sender_name);
    wipe_text(visit_.sender_street);
    wipe_text(visit_.sender_town);
    wipe_text(visit_.sender_zip);
    keyboard_ = KeyboardState{};
    editing_ = false;
    go_to(Screen::Review);
    return Effect::None;
}

Effect VisitorFlow::on(const EditStep& e) {
    if (screen_ != Screen::Review) return Effect::None;
    if (e.step != Screen::Who && e.step != Screen::Where && e.step != Screen::Why && e.step != Screen::You) {
        return Effect::None;
    }
    editing_ = true;
    go_to(e.step);
    return Effect::None;
}

Effect VisitorFlow::on(const ChooseLetterLanguage& e) {
    if (screen_ != Screen::Review || !contains(languages_, e.language)) return Effect::None;
    visit_.letter_language = e.language;
    return Effect::None;
}

// --- Printing -------------------------------------------------------------------------

Effect VisitorFlow::start_printing(bool on_screen) {
    Run run;
    request_ = PrintRequest{};
    request_.run = next_run_++;
    request_.letter_count = visit_.recipients.size();
    for (std::size_t i = 0; i < visit_.recipients.size(); ++i) {
        const std::string& recipient = visit_.recipients[i];
        run.recipients.push_back(recipient);
        run.letters.push_back({recipient, visit_.state, letter_language(visit_), LetterResult::Failed});
        if (letters_out_.count(recipient)) continue;
        request_.letters.push_back(i);
        request_.keys.push_back(std::to_string(visit_number_) + "/" + recipient);
    }
    runs_[request_.run] = std::move(run);
    const std::size_t out = print_.letters_out;
    const bool saved = print_.saved;
    print_ = PrintState{};
    print_.run = request_.run;
    print_.in_progress = true;
    print_.letter_count = request_.letter_count;
    print_.letter_index = request_.letters.front();
    print_.letters_out = out;
    print_.saved = saved;
    if (on_screen) show(Screen::Printing, last_touch_);
    return Effect::StartPrinting;
}

Effect VisitorFlow::on(const SpeechStarted&) {
    visit_.more_time = true;
    return Effect::None;
}

Effect VisitorFlow::on(const Print&) {
    if (screen_ != Screen::Review || letters_to_print() == 0) return Effect::None;
    return start_printing();
}

Effect VisitorFlow::on(const Retry&) {
    if (screen_ != Screen::Printing || print_.in_progress || !print_.failed || letters_to_print() == 0) {
        return Effect::None;
    }
    return start_printing();
}

Effect VisitorFlow::on(const PrintProgress& e) {
    if (e.run != print_.run || !print_.in_progress) return Effect::None;
    print_.letter_index = e.letter_index;
    print_.letter_count = e.letter_count;
    print_.message_key = e.message_key;
    if (needs_attention(e.message_key)) last_print_failure_key_ = e.message_key;
    return Effect::None;
}

Effect VisitorFlow::on(const LetterReported& e) {
    const auto run = runs_.find(e.run);
    if (run == runs_.end() || e.letter_index >= run->second.letters.size()) return Effect::None;
    CountedLetter letter = run->second.letters[e.letter_index];
    letter.result = e.result;
    letters_to_count_.push_back(letter);
    if (e.result == LetterResult::Failed) last_print_failure_key_ = e.message_key;
    if (e.run != print_.run) return Effect::None;  // its visit has ended: counted, nothing shown
    if (e.result == LetterResult::Failed) {
        print_.failed = true;
        print_.message_key = e.message_key;
    } else {
        letters_out_.insert(run->second.recipients[e.letter_index]);
        ++print_.letters_out;
        print_.saved = print_.saved || e.result == LetterResult::Saved;
    }
    return Effect::None;
}

Effect VisitorFlow::on(const PrintFinished& e) {
    runs_.erase(e.run);
    if (e.run != print_.run || !print_.in_progress) return Effect::None;
    if (e.broke) return on(Failure{e.now});
    print_.in_progress = false;
    // A worker that ends without a word on some letter has not printed it.
    if (letters_to_print() > 0 && !print_.failed) {
        print_.failed = true;
        print_.message_key = "ui.printing.not-made";
    }
    if (!print_.failed) print_.message_key.clear();
    if (screen_ == Screen::Printing) {
        if (!print_.failed) show(Screen::Done, e.now);
        else entered_at_ = e.now;  // idle time counts from the outcome, not from the Print tap
    } else if (!print_.failed) {
        interrupted_ = Screen::Done;  // staff screens were open: the visitor returns to Done
    }
    return Effect::None;
}

// --- Time, interruptions, the failsafe ------------------------------------------------

Effect VisitorFlow::on(const Tick& e) {
    const auto deadline = next_deadline();
    if (!deadline || e.now < *deadline) return Effect::None;
    if (screen_ == Screen::StillThere || screen_ == Screen::Done || screen_ == Screen::Sorry ||
        screen_ == Screen::Welcome) {
        reset();
        show(Screen::Welcome, e.now);
    } else if (screen_ == Screen::StaffPin || screen_ == Screen::StaffMenu) {
        clear_pin();
        if (interrupted_ == Screen::Welcome) reset();
        show(interrupted_, e.now);  // staff walked away: the visitor screen comes back
    } else if (is_visitor_step()) {
        interrupted_ = screen_;
        show(Screen::StillThere, e.now);
    }
    return Effect::None;
}

Effect VisitorFlow::on(const Touch& e) {
    // A burst of taps is held back as a whole: each tap that comes within the guard of
    // one held back is part of the same burst, however long it goes on.
    const bool same_burst = tap_blocked_ && e.now - last_touch_ < tap_guard;
    tap_blocked_ = e.now - shown_at_ < tap_guard || same_burst;
    last_touch_ = e.now;
    return Effect::None;
}

Effect VisitorFlow::on(const StartOver&) {
    const bool printing_stuck = screen_ == Screen::Printing && (!print_.in_progress || needs_attention(print_.message_key));
    if (screen_ == Screen::Done || screen_ == Screen::Sorry || printing_stuck) {
        reset();
        go_to(Screen::Welcome);
    }
    return Effect::None;
}

Effect VisitorFlow::on(const StillHere&) {
    if (screen_ == Screen::StillThere) go_to(interrupted_);
    return Effect::None;
}

Effect VisitorFlow::on(const Failure& e) {
    reset();
    show(Screen::Sorry, e.now);
    return Effect::None;
}

// --- Staff ----------------------------------------------------------------------------

Effect VisitorFlow::on(const CornerTap& e) {
    if (screen_ == Screen::StaffPin || screen_ == Screen::StaffMenu) return Effect::None;
    corner_taps_.push_back(e.now);
    corner_taps_.erase(std::remove_if(corner_taps_.begin(), corner_taps_.end(),
                                      [&](Clock::time_point t) { return e.now - t > staff_gesture_window; }),
                       corner_taps_.end());
    if (int(corner_taps_.size()) < staff_taps) return Effect::None;
    corner_taps_.clear();
    interrupted_ = screen_ == Screen::StillThere ? interrupted_ : screen_;
    if (interrupted_ == Screen::Sorry) interrupted_ = Screen::Welcome;
    clear_pin();
    show(Screen::StaffPin, e.now);
    return Effect::None;
}

Effect VisitorFlow::on(const PinDigit& e) {
    if (screen_ != Screen::StaffPin || pin_checking_ || e.digit < '0' || e.digit > '9' || pin_.size() >= max_pin_length) {
        return Effect::None;
    }
    pin_ += e.digit;
    return Effect::None;
}

Effect VisitorFlow::on(const PinBackspace&) {
    if (screen_ == Screen::StaffPin && !pin_checking_ && !pin_.empty()) pin_.pop_back();
    return Effect::None;
}

Effect VisitorFlow::on(const PinSubmit&) {
    if (screen_ != Screen::StaffPin || pin_checking_ || pin_.empty()) return Effect::None;
    pin_checking_ = true;
    return Effect::CheckPin;
}

Effect VisitorFlow::on(const PinChecked& e) {
    if (!pin_checking_) return Effect::None;
    pin_checking_ = false;
    if (screen_ != Screen::StaffPin) return Effect::None;
    clear_pin();
    switch (e.result) {
        case PinResult::Accepted: go_to(Screen::StaffMenu); break;
        case PinResult::Rejected: pin_message_key_ = "ui.staff.wrong-pin"; break;
        case PinResult::LockedOut:
            pin_message_key_ = "ui.staff.locked";
            pin_locked_for_ = e.locked_for;
            break;
        case PinResult::NoPinSet:
            pin_message_key_ = "ui.staff.no-pin";
            pin_missing_ = true;
            break;
    }
    return Effect::None;
}

Effect VisitorFlow::on(const PinNotSet&) {
    if (screen_ != Screen::StaffPin || pin_checking_) return Effect::None;
    wipe_text(pin_);
    pin_missing_ = true;
    return Effect::None;
}

Effect VisitorFlow::on(const ClearVisit&) {
    if (screen_ != Screen::StaffMenu) return Effect::None;
    reset();  // the visit's words are wiped now; Welcome shows when staff leave
    screen_ = Screen::StaffMenu;
    return Effect::None;
}

Effect VisitorFlow::on(const ResumePrinting&) {
    if (screen_ != Screen::StaffMenu || interrupted_ != Screen::Printing || print_.in_progress || !print_.failed ||
        letters_to_print() == 0) {
        return Effect::None;
    }
    return start_printing(false);
}

Effect VisitorFlow::on(const ExitKiosk&) {
    if (screen_ != Screen::StaffMenu) return Effect::None;
    reset();  // leaving ends the visit too: its words are wiped
    return Effect::Exit;
}

}  // namespace kiosk::ui::flow
