#include "ui/kiosk_window.h"

#include <atomic>
#include <cmath>
#include <deque>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>

#include <sodium.h>
#include <utf8.h>

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/System/Sleep.hpp>
#include <SFML/Window/Event.hpp>

#include "ui/flow/keyboard_text.h"
#include "ui/key_focus.h"
#include "ui/panel_size.h"
#include "ui/screens/review_columns.h"
#include "ui/service_watchdog.h"
#include "ui/speech/speech_output.h"
#include "ui/spoken_words.h"
#include "ui/touch_gesture.h"
#include "ui/ui_tree.h"

namespace kiosk::ui {
namespace {

using Clock = flow::Clock;

// Deeper than any call chain that handles a visitor's words (layout, Mustache, PDF).
constexpr std::size_t stack_scrub_bytes = 256 * 1024;

// The staff PIN is checked with Argon2, which takes a noticeable fraction of a second:
// on a thread of its own, so the screen keeps drawing meanwhile.
class PinCheck {
public:
    ~PinCheck() {
        if (thread_.joinable()) thread_.join();
    }
    void start(const PinChecker& check, std::string pin) {
        if (thread_.joinable()) thread_.join();
        done_ = false;
        thread_ = std::thread([this, &check, pin = std::move(pin)]() mutable {
            flow::PinChecked result{flow::PinResult::Rejected, std::chrono::seconds{0}};
            try {
                result = check(pin, Clock::now());
            } catch (...) {
                // A lock file that cannot be read is a rejected PIN, never a way in.
            }
            flow::wipe_text(pin);
            std::lock_guard<std::mutex> lock(mutex_);
            result_ = result;
            done_ = true;
        });
    }
    std::optional<flow::PinChecked> take() {
        std::lock_guard<std::mutex> lock(mutex_);
        if (!done_) return std::nullopt;
        done_ = false;
        return result_;
    }

private:
    std::thread thread_;
    std::mutex mutex_;
    bool done_ = false;
    flow::PinChecked result_{flow::PinResult::Rejected, std::chrono::seconds{0}};
};

class KioskLoop {
public:
    KioskLoop(const content::Pack& pack, const KioskOptions& options, const LetterMaker& maker,
              const PrinterLookup& find_printer, const StaffAccess& staff, const LetterCounting& counting,
              const PackReload& reload, KioskScreen& screen, sf::RenderWindow& window)
        : options_(options),
          pack_(pack),
          staff_(staff),
          reload_(reload),
          counting_(counting),
          screen_(screen),
          window_(window),
          flow_(pack, options.flow, Clock::now()),
          previews_(maker, options.paper),
          print_worker_(maker, find_printer),
          desk_(pack, *staff.work),
          paper_(options.paper) {}

    void run() {
        guarded([&] { rebuild(); });
        while (running_ && window_.isOpen()) {
            guarded([&] { step(); });
        }
    }

    // True when the loop ended to take up a newly installed pack.
    bool wants_new_pack() const { return wants_new_pack_; }

private:
    // Between visits only: on Welcome with nothing printing.
    bool take_up_new_pack() {
        if (!reload_.changed || flow_.screen() != flow::Screen::Welcome || flow_.printing().in_progress) return false;
        if (!desk_.idle()) return false;  // a staff job may be reading the pack in use
        if (!reload_.changed()) return false;
        wants_new_pack_ = true;
        running_ = false;
        return true;
    }

    // One turn of the loop: draw, wait for input or a timer, apply what happened.
    void step() {
        if (redraw_) draw();
        if (needs_timer() || watchdog_.enabled()) {
            sf::Event event;
            while (window_.pollEvent(event)) handle(event);
            sf::sleep(sf::milliseconds(fling_active() ? 16 : 50));
        } else {
            // Nothing pending: sleep in SFML until the next touch costs ~0 CPU.
            sf::Event event;
            if (window_.waitEvent(event)) handle(event);
            while (window_.pollEvent(event)) handle(event);
        }
        const auto now = Clock::now();
        for (const auto& event : print_worker_.take_events()) apply(event);
        if (auto checked = pin_check_.take()) apply(*checked);
        take_staff_work(now);
        step_fling(now);
        apply(flow::Tick{now});
        if (view_.has_countdown && flow_.still_there_seconds_left(now) != shown_countdown_) rebuild();
        watchdog_.loop_turned(now);
    }

    // The failsafe: whatever a screen, the flow or the letter engine throws ends the
    // visit on the "Sorry" screen, never the program. Should even that fail, the kiosk
    // exits with 3 and its service restarts it.
    template <typename Action>
    void guarded(Action&& action) {
        try {
            action();
            return;
        } catch (const std::exception& error) {
            std::cerr << "letter-kiosk: the visit was reset after an error: " << error.what() << '\n';
        } catch (...) {
            std::cerr << "letter-kiosk: the visit was reset after an unknown error\n";
        }
        previews_.clear();
        offsets_.clear();
        review_ = {};
        fling_x_ = fling_y_ = 0.f;
        gesture_ = TouchGesture{};
        apply(flow::Failure{Clock::now()});
    }

    bool fling_active() const { return std::abs(fling_x_) > 0.f || std::abs(fling_y_) > 0.f; }
    bool needs_timer() const {
        return fling_active() || flow_.next_deadline().has_value() || flow_.printing().in_progress ||
               flow_.pin_checking() || !desk_.idle() || (flow_.screen() == flow::Screen::StaffMenu && desk_.wants_ticks());
    }

    void rebuild() {
        const auto now = Clock::now();
        if (flow_.visit_number() != shown_visit_) {
            previews_.clear();
            review_ = {};
            printed_.clear();
            shown_visit_ = flow_.visit_number();
            previews_.use_paper(paper_);  // staff's paper setting applies from a new visit
        }
        if (flow_.screen() == flow::Screen::Review) {
            inject_fault_once("screen");
            previews_.update(flow_.visit());
            if (review_.large_text) previews_.reflow(large_text(screen_.metrics()).column_points);
        }
        const StaffDesk* staff = flow_.screen() == flow::Screen::StaffMenu ? &desk_ : nullptr;
        view_ = screen_.build(flow_, now, previews_.letters(), review_, printed_, staff);
        shown_countdown_ = flow_.still_there_seconds_left(now);
        follow_focus();
        // An area that is gone (the county list of another state) forgets its offset; a
        // new one opens where the screen asks.
        for (auto offset = offsets_.begin(); offset != offsets_.end();) {
            const ScrollArea* area = view_.find_area(offset->first);
            if (!area) {
                offset = offsets_.erase(offset);
                continue;
            }
            offset->second = clamp_offset(*area, offset->second);
            ++offset;
        }
        for (const ScrollArea& area : view_.areas) {
            if (!offsets_.count(area.id)) offsets_[area.id] = clamp_offset(area, {0.f, area.initial_y});
        }
        redraw_ = true;
        tree_stale_ = true;
    }

    void draw() {
        screen_.paint(window_, view_, offsets_, gesture_.pressed_element(), previews_.letters());
        window_.display();
        redraw_ = false;
        watchdog_.frame_drawn(Clock::now());
        if (tree_stale_ && !options_.ui_tree.empty() && !gesture_.is_dragging() && !fling_active()) {
            const auto size = window_.getSize();
            const std::string json = ui_tree_json(view_, offsets_, flow_.visit().language, float(size.x), float(size.y));
            if (json != written_tree_ && write_ui_tree(options_.ui_tree, json)) written_tree_ = json;
            tree_stale_ = false;
        }
        // After the tree: a frame line in the log says the tree shows this frame.
        if (frame_log_.is_open()) {
            const auto since = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now().time_since_epoch());
            frame_log_ << since.count() << ' ' << (desk_.busy() ? 1 : 0) << std::endl;
        }
    }

    void inject_fault_once(const std::string& where) {
        if (fault_ != where) return;
        fault_.clear();
        throw std::runtime_error("fault injected in the " + where + " for a test");
    }

    // The watchdog test's seam: with the fault "freeze", the first tap that leaves
    // Welcome hangs the loop for good, as a deadlock would.
    void inject_freeze_once() {
        if (fault_ != "freeze") return;
        std::cerr << "letter-kiosk: fault injected for a test: the loop is frozen" << std::endl;
        for (;;) sf::sleep(sf::seconds(1));
    }

    void apply(const flow::Event& event) {
        if (std::holds_alternative<flow::Print>(event)) inject_fault_once("flow");
        const auto screen_before = flow_.screen();
        const auto visit_before = flow_.visit_number();
        const bool is_tick = std::holds_alternative<flow::Tick>(event);
        const flow::Effect effect = flow_.handle(event);
        for (const auto& letter : flow_.take_letters_to_count()) counting_.record(letter);
        const bool moved = flow_.screen() != screen_before || flow_.visit_number() != visit_before;
        if (flow_.visit_number() != visit_before) {
            // The visit ended: drop its letters and scrub the stack its words passed through.
            // Speech and the focus ring are the visitor's: the next one starts without them.
            end_keys_mode();
            previews_.clear();
            sodium_stackzero(stack_scrub_bytes);
            take_up_new_pack();
        }
        if (moved) {
            inject_freeze_once();
            offsets_.clear();
            fling_x_ = fling_y_ = 0.f;
        }
        enter_or_leave_staff(screen_before);
        switch (effect) {
            case flow::Effect::StartPrinting: start_printing(); break;
            case flow::Effect::CheckPin: pin_check_.start(staff_.check_pin, flow_.entered_pin()); break;
            case flow::Effect::Exit: running_ = false; break;
            case flow::Effect::None: break;
        }
        if (!is_tick || moved) rebuild();
    }

    // The staff desk reads everything afresh when staff come in and forgets the PIN
    // digits when they leave; a pad opened with no PIN set says how to set one.
    void enter_or_leave_staff(flow::Screen before) {
        const flow::Screen now_showing = flow_.screen();
        if (now_showing == before) return;
        if (now_showing == flow::Screen::StaffMenu) desk_.open(Clock::now());
        if (before == flow::Screen::StaffMenu) desk_.close();
        if (now_showing == flow::Screen::StaffPin && !staff_.pin_is_set()) flow_.handle(flow::PinNotSet{});
    }

    void act_for_staff(const StaffAction& action) {
        if (flow_.screen() != flow::Screen::StaffMenu) return;
        desk_.act(action, flow_.visit().language, Clock::now());
        rebuild();
    }

    // The staff jobs that finished, the step of the one running: every turn, so the
    // screen keeps drawing while a job runs (the frames say the loop is not stuck).
    void take_staff_work(Clock::time_point now) {
        const StaffUpdate update = desk_.poll(now);
        switch (update.effect) {
            case StaffEffect::PrinterResumed: apply(flow::ResumePrinting{}); break;
            case StaffEffect::SettingsSaved: {
                const StaffSettings& saved = desk_.settings();
                flow::FlowSettings next{saved.idle, saved.default_state, saved.default_county, saved.languages};
                flow_.use_from_next_visit(std::move(next));
                paper_ = saved.paper;
                break;
            }
            case StaffEffect::None: break;
        }
        const bool on_staff_screen = flow_.screen() == flow::Screen::StaffMenu;
        if (update.changed && on_staff_screen) rebuild();
        if (desk_.busy() && on_staff_screen) redraw_ = true;
        log_step();
        // Staff who leave while the stick check after an install still runs end the visit
        // before the desk is idle: the new pack is taken up once it is, not at a visitor's
        // first touch (which it would swallow).
        const bool desk_idle = desk_.idle();
        if (desk_idle && !desk_was_idle_) take_up_new_pack();
        desk_was_idle_ = desk_idle;
    }

    void log_step() {
        if (!frame_log_.is_open()) return;
        const std::string step = desk_.working() ? desk_.working()->progress.key + " " + desk_.working()->progress.detail : "";
        if (step == logged_step_) return;
        logged_step_ = step;
        if (!step.empty()) frame_log_ << "step " << step << std::endl;
    }

    // A test counts these: once as many as it tapped are logged and a frame follows, the
    // kiosk has handled every tap and its tree shows the outcome.
    void log_release() {
        if (frame_log_.is_open()) frame_log_ << "release" << std::endl;
    }

    void start_printing() {
        previews_.update(flow_.visit());
        printed_ = previews_.summaries();
        PrintJob job;
        job.request = flow_.print_request();
        for (const std::size_t index : job.request.letters) {
            if (index < previews_.letters().size()) job.layouts.push_back(previews_.letters()[index].layout);
        }
        if (job.layouts.size() != job.request.letters.size()) throw std::logic_error("the letters to print were not laid out");
        print_worker_.start(std::move(job));
    }

    void act(const Element& element) {
        if (element.disabled && !element.explains_when_disabled) return;
        if (const auto* event = std::get_if<flow::Event>(&element.action)) {
            apply(*event);
        } else if (const auto* scroll = std::get_if<ScrollTo>(&element.action)) {
            if (const ScrollArea* area = view_.find_area(scroll->area)) {
                offsets_[scroll->area] = clamp_offset(*area, {offsets_[scroll->area].x, scroll->y});
                fling_x_ = fling_y_ = 0.f;
                redraw_ = tree_stale_ = true;
            }
        } else if (const auto* staff = std::get_if<StaffAction>(&element.action)) {
            act_for_staff(*staff);
        } else if (std::holds_alternative<ToggleLargeText>(element.action)) {
            review_.large_text = !review_.large_text;
            offsets_.erase("review.letter");
            rebuild();
        } else if (const auto* show = std::get_if<ShowLetter>(&element.action)) {
            review_.letter = show->letter;
            offsets_.erase("review.letter");
            rebuild();
        }
    }

    void press(float x, float y) {
        const auto now = Clock::now();
        fling_x_ = fling_y_ = 0.f;
        apply(flow::Touch{now});
        if (x < screen_.metrics().min_target && y < screen_.metrics().min_target) apply(flow::CornerTap{now});
        const ScrollArea* area = area_at(view_, x, y);
        gesture_.press(x, y, now, tap_target(x, y), area ? area->id : "");
        redraw_ = true;
    }

    // What a tap at (x, y) would act on: an element, or a "more below" label, by id.
    std::string tap_target(float x, float y) const {
        if (const MoreBelow* more = more_below_at(view_, offsets_, x, y)) return "more-below." + more->area;
        const Element* element = element_at(view_, offsets_, x, y);
        return element && (!element->disabled || element->explains_when_disabled) ? element->id : "";
    }

    // A tap on "more below" shows the next part of the list, a little of this one kept.
    void page_down(const std::string& area_id) {
        const ScrollArea* area = view_.find_area(area_id);
        if (!area) return;
        ScrollOffset& offset = offsets_[area_id];
        offset = clamp_offset(*area, {offset.x, offset.y + area->viewport.height * 0.75f});
        fling_x_ = fling_y_ = 0.f;
        redraw_ = tree_stale_ = true;
    }

    void move(float x, float y) {
        const auto drag = gesture_.move(x, y, Clock::now());
        if (!drag) return;
        if (const ScrollArea* area = view_.find_area(drag->area)) {
            ScrollOffset& offset = offsets_[drag->area];
            offset = clamp_offset(*area, {offset.x - drag->dx, offset.y - drag->dy});
            redraw_ = true;
        }
    }

    void release(float x, float y) {
        const auto now = Clock::now();
        const MoreBelow* more = more_below_at(view_, offsets_, x, y);
        const Element* under = element_at(view_, offsets_, x, y);
        const bool was_dragging = gesture_.is_dragging();
        const std::string area = gesture_.drag_area();
        const auto tapped = gesture_.release(tap_target(x, y), now, under && under->role == "key");
        redraw_ = true;
        if (was_dragging) {
            fling_area_ = area;
            fling_x_ = -gesture_.velocity_x();
            fling_y_ = -gesture_.velocity_y();
            last_fling_step_ = now;
            if (std::hypot(fling_x_, fling_y_) < 150.f) fling_x_ = fling_y_ = 0.f;
            tree_stale_ = true;
            return;
        }
        if (tapped && more) page_down(more->area);
        else if (tapped && under) act(*under);
    }

    // A keypad or a keyboard: Tab and the arrows move the focus, Enter acts on it (Space
    // too, where it types no space), Backspace deletes in a field or goes back, F1
    // says the screen again. The first key turns the focus ring and speech on.
    void key(const sf::Event::KeyEvent& pressed) {
        using Key = sf::Keyboard::Key;
        const bool first = !keys_used_;
        if (first) start_keys_mode();
        apply(flow::Touch{Clock::now()});  // a key is the visitor still there, as a touch is
        if (flow_.screen() == flow::Screen::StillThere) {
            apply(flow::StillHere{});  // any key gives more time, as often as needed
            return;
        }
        switch (pressed.code) {
            case Key::Tab: move_focus(pressed.shift ? KeyFocus::Move::Backward : KeyFocus::Move::Forward); break;
            case Key::Down:
            case Key::Right: move_focus(KeyFocus::Move::Forward); break;
            case Key::Up:
            case Key::Left: move_focus(KeyFocus::Move::Backward); break;
            case Key::Enter: activate_focus(); break;
            case Key::Space:
                if (!typing_keys()) activate_focus();
                break;
            case Key::BackSpace: back_or_delete(); break;
            case Key::F1: say(screen_sentence(view_) + " " + focus_sentence(view_, focus_, pack_, language()), ""); break;
            default:
                if (first) say_screen();
                break;
        }
    }

    // A character typed on a physical keyboard goes where the on-screen key would put
    // it, and only if the screen has that key: nothing else can be typed.
    void typed(std::uint32_t character) {
        if (character < 0x20 || character == 0x7f || (character == ' ' && !typing_keys())) return;
        if (!keys_used_) start_keys_mode();
        std::string utf8_character;
        utf8::append(char32_t(character), std::back_inserter(utf8_character));
        for (const Element& element : view_.elements) {
            if (element.role != "key" || element.disabled) continue;
            const std::string suffix = element.id.substr(element.id.rfind('.') + 1);
            const bool same = element.label == utf8_character || suffix == utf8_character ||
                              (element.id == "key.space" && character == ' ');
            const auto* typing = std::get_if<flow::Event>(&element.action);
            const auto* type_text = typing ? std::get_if<flow::TypeText>(typing) : nullptr;
            const bool capital = type_text && !same && flow::upper_case_key(type_text->utf8) == utf8_character;
            if (!same && !capital) continue;
            // Acting rebuilds the view: nothing of `element` is used after it.
            const std::string echo = character == ' ' ? element.label : utf8_character;
            if (capital) apply(flow::TypeText{type_text->utf8, true});
            else act(element);
            // Typed words are spoken into the headphones only, never kept: "•" in the tree.
            say(echo, "•");
            return;
        }
    }

    void start_keys_mode() {
        keys_used_ = true;
        apply(flow::SpeechStarted{});
        if (!speech_) speech_ = std::make_unique<speech::SpeechOutput>();
        view_.key_focus = focus_.id();
        say_screen(pack_.text(language(), "ui.speech.keys") + " ");
        redraw_ = tree_stale_ = true;
    }

    void end_keys_mode() {
        keys_used_ = false;
        focus_ = KeyFocus{};
        if (speech_) {
            speech_->stop();
            speech_->set_volume_step(speech::moderate_volume_step);
        }
        wipe_text(spoken_);
    }

    const content::LanguageCode& language() const { return flow_.visit().language; }

    // The screen keeps the focus where it was, or starts it at the top; a screen that
    // appears is spoken whole.
    void follow_focus() {
        focus_.follow(view_);
        view_.key_focus = keys_used_ ? focus_.id() : "";
        view_.spoken = spoken_;
        if (keys_used_ && view_.screen != spoken_screen_) say_screen();
    }

    void say_screen(const std::string& before = "") {
        spoken_screen_ = view_.screen;
        say(before + screen_sentence(view_) + " " + focus_sentence(view_, focus_, pack_, language()), "");
    }

    // Says `words` (cutting off what was being said); `shown` is what the UI tree records
    // of them: "" for the words themselves, "•" for what the visitor typed.
    void say(const std::string& words, const std::string& shown) {
        if (!keys_used_ || !speech_) return;
        speech_->say(words, {language(), speech::usual_rate_step});
        wipe_text(spoken_);
        spoken_ = shown.empty() ? words : shown;
        view_.spoken = spoken_;
        tree_stale_ = true;
    }

    static void wipe_text(std::string& text) {
        sodium_memzero(text.data(), text.size());
        text.clear();
    }

    bool typing_keys() const { return view_.find("key.space") != nullptr; }

    void move_focus(KeyFocus::Move move) {
        focus_.move(view_, move);
        view_.key_focus = focus_.id();
        scroll_to_focus();
        say(focus_sentence(view_, focus_, pack_, language()), "");
        redraw_ = tree_stale_ = true;
    }

    // A focused element in a list is scrolled into sight.
    void scroll_to_focus() {
        const Element* element = focus_.focused(view_);
        if (!element || element->scroll_area.empty()) return;
        const ScrollArea* area = view_.find_area(element->scroll_area);
        if (!area) return;
        const Rect shown = visible_rect(*element, view_, offsets_);
        if (shown.height >= element->rect.height - 0.5f) return;
        ScrollOffset& offset = offsets_[area->id];
        const float top = element->rect.y - area->viewport.y;
        offset = clamp_offset(*area, {offset.x, top - (area->viewport.height - element->rect.height) * 0.5f});
    }

    void activate_focus() {
        const Element* element = focus_.focused(view_);
        if (!element) return;
        const std::string id = element->id;
        const flow::Screen before = flow_.screen();
        act(*element);
        // Still on this screen: say what changed ("Governor, chosen, 2 of 5").
        if (flow_.screen() == before && focus_.id() == id) say(focus_sentence(view_, focus_, pack_, language()), "");
    }

    void back_or_delete() {
        for (const char* id : {"key.backspace", "zip.backspace", "pin.backspace"}) {
            if (const Element* element = view_.find(id)) {
                act(*element);
                return;
            }
        }
        if (const Element* back = view_.find("nav.back")) act(*back);
    }

    // A flung list keeps gliding and slows down, as on a phone.
    void step_fling(Clock::time_point now) {
        if (!fling_active()) return;
        const float seconds = std::chrono::duration<float>(now - last_fling_step_).count();
        last_fling_step_ = now;
        const ScrollArea* area = view_.find_area(fling_area_);
        if (!area) {
            fling_x_ = fling_y_ = 0.f;
            return;
        }
        ScrollOffset& offset = offsets_[fling_area_];
        const ScrollOffset before = offset;
        offset = clamp_offset(*area, {offset.x + fling_x_ * seconds, offset.y + fling_y_ * seconds});
        const float decay = std::exp(-seconds / 0.35f);
        fling_x_ *= decay;
        fling_y_ *= decay;
        if (std::hypot(fling_x_, fling_y_) < 30.f || (offset.x == before.x && offset.y == before.y)) {
            fling_x_ = fling_y_ = 0.f;
            tree_stale_ = true;
        }
        redraw_ = true;
    }

    void handle(const sf::Event& event) {
        switch (event.type) {
            case sf::Event::Closed: break;  // locked down: only staff can leave
            case sf::Event::Resized:
                window_.setView(sf::View(sf::FloatRect(0.f, 0.f, float(event.size.width), float(event.size.height))));
                screen_.resize(float(event.size.width), float(event.size.height));
                rebuild();
                break;
            case sf::Event::MouseButtonPressed:
                if (take_up_new_pack()) break;
                if (event.mouseButton.button == sf::Mouse::Left) press(float(event.mouseButton.x), float(event.mouseButton.y));
                break;
            case sf::Event::MouseMoved:
                move(float(event.mouseMove.x), float(event.mouseMove.y));
                break;
            case sf::Event::MouseButtonReleased:
                log_release();
                if (event.mouseButton.button == sf::Mouse::Left) release(float(event.mouseButton.x), float(event.mouseButton.y));
                break;
            case sf::Event::TouchBegan:
                if (take_up_new_pack()) break;
                if (event.touch.finger == 0) press(float(event.touch.x), float(event.touch.y));
                break;
            case sf::Event::TouchMoved:
                if (event.touch.finger == 0) move(float(event.touch.x), float(event.touch.y));
                break;
            case sf::Event::TouchEnded:
                log_release();
                if (event.touch.finger == 0) release(float(event.touch.x), float(event.touch.y));
                break;
            case sf::Event::KeyPressed: key(event.key); break;
            case sf::Event::TextEntered: typed(event.text.unicode); break;
            case sf::Event::GainedFocus:
            case sf::Event::LostFocus: redraw_ = true; break;
            default: break;  // Escape, Alt+F4 and the like do nothing: the kiosk is locked down
        }
    }

    const KioskOptions& options_;
    const content::Pack& pack_;
    const StaffAccess& staff_;
    const PackReload& reload_;
    const LetterCounting& counting_;
    KioskScreen& screen_;
    sf::RenderWindow& window_;
    flow::VisitorFlow flow_;
    LetterPreviews previews_;
    PrintWorker print_worker_;
    PinCheck pin_check_;
    StaffDesk desk_;
    content::PaperSize paper_;  // for letters of visits to come
    std::string fault_ = options_.inject_fault;
    ServiceWatchdog watchdog_;
    TouchGesture gesture_;
    KeyFocus focus_;
    bool keys_used_ = false;  // a key was pressed this visit: the focus shows and speech is on
    std::unique_ptr<speech::SpeechOutput> speech_;  // started at the first key
    std::string spoken_;              // the last sentence said, typed characters as •
    flow::Screen spoken_screen_ = flow::Screen::Welcome;
    View view_;
    ScrollOffsets offsets_;
    ReviewState review_;                   // the letter shown on Review, and at which size
    std::vector<LetterSummary> printed_;  // the letters sent to print, for Done
    bool running_ = true;
    bool wants_new_pack_ = false;
    bool redraw_ = true;
    bool tree_stale_ = true;
    std::string written_tree_;
    std::ofstream frame_log_ = options_.frame_log.empty() ? std::ofstream() : std::ofstream(options_.frame_log, std::ios::app);
    std::string logged_step_;
    bool desk_was_idle_ = true;
    std::size_t shown_visit_ = 0;
    int shown_countdown_ = 0;
    std::string fling_area_;
    float fling_x_ = 0.f, fling_y_ = 0.f;
    Clock::time_point last_fling_step_{};
};

}  // namespace

int run_kiosk(const content::Pack& pack, const KioskOptions& options, const LetterMaker& maker,
              const PrinterLookup& find_printer, const StaffAccess& staff, const LetterCounting& counting,
              const PackReload& reload) {
    sf::RenderWindow window;
    if (options.windowed) {
        window.create(sf::VideoMode(options.width, options.height), "Letter Kiosk", sf::Style::Titlebar);
        // With no window manager SFML may place the window half off-screen.
        window.setPosition({0, 0});
    } else {
        window.create(sf::VideoMode::getDesktopMode(), "Letter Kiosk", sf::Style::Fullscreen);
        window.setMouseCursorVisible(false);
    }
    window.setKeyRepeatEnabled(false);
    // Measured once, on the panel the window opened on: the kiosk does not move.
    const sf::Vector2i centre = window.getPosition() + sf::Vector2i(window.getSize() / 2u);
    const ScreenDensity density = chosen_density(options.screen_dpi, panel_under(centre.x, centre.y));
    std::cout << "Letter Kiosk: " << density_sentence(density) << std::endl;
    auto screen = KioskScreen::create(pack, options.letter_fonts, density);
    if (!screen) {
        std::cerr << "letter-kiosk: " << screen.error() << '\n';
        return 3;
    }
    KioskOptions current_options = options;
    const content::Pack* current = &pack;
    for (;;) {
        const auto size = window.getSize();
        (*screen)->resize(float(size.x), float(size.y));
        KioskLoop loop(*current, current_options, maker, find_printer, staff, counting, reload, **screen, window);
        loop.run();
        if (!loop.wants_new_pack()) break;
        // The loop is gone with its visit; the next one starts on the new pack.
        if (const content::Pack* next = reload.load(current_options)) {
            auto next_screen = KioskScreen::create(*next, current_options.letter_fonts, density);
            if (!next_screen) {
                std::cerr << "letter-kiosk: " << next_screen.error() << '\n';
                return 3;
            }
            current = next;
            screen = std::move(next_screen);
        }
    }
    window.close();
    return 0;
}

}  // namespace kiosk::ui
