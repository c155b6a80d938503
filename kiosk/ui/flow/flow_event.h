// What can happen to the visitor flow: a tap turned into meaning, a printer report,
// or the passing of time. Screens produce these; the flow decides what they do.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <variant>

#include "ui/flow/screen.h"
#include "ui/flow/visit.h"

namespace kiosk::ui::flow {

using Clock = std::chrono::steady_clock;

struct ChooseLanguage { content::LanguageCode language; };  // on any visitor screen
struct Start {};
struct ToggleRecipient { std::string id; };
struct Next {};  // also tapped while disabled: the flow then says what is missing
struct Back {};
struct ReturnToReview {};  // "Back to my letter", the one way out of a step opened from Review
struct ChooseState { std::string id; };
struct StateNotListed {};  // "My state is not listed": only national letters are possible
struct ZipDigit { char digit; };  // the Where step's keypad
struct ZipBackspace {};
struct ChooseCounty { std::string name; std::string state = ""; };  // state "": the chosen state
struct ToggleReason { std::string id; };
struct FocusField { Field field; };
// One key of the on-screen keyboard, lower case; `capital`: a capital typed on a
// physical keyboard, whatever the on-screen Shift says.
struct TypeText { std::string utf8; bool capital = false; };
struct Backspace {};
struct ToggleShift {};  // off → next letter capital → caps lock → off
// The small keyboard of a 7" panel (letters on one page, digits and accents on the
// other) turns to its other page.
struct ToggleKeyPage {};
struct Skip {};  // "Skip — I'll write it by hand"
struct EditStep { Screen step; };
struct ChooseLetterLanguage { content::LanguageCode language; };
struct Print {};
struct SpeechStarted {};  // the visitor listens: the idle limits double for the rest of the visit

// Reports of a print run, from the print worker. `run` names the run they belong to:
// a run goes on (and is counted) after its visit has ended.
enum class LetterResult { Printed, Saved, Failed };
struct PrintProgress {
    std::size_t run = 0;
    std::size_t letter_index = 0;  // 0-based, among all the visit's letters
    std::size_t letter_count = 0;
    std::string message_key;       // "print.printing", or what the printer waits for ("print.out-of-paper")
};
struct LetterReported {
    std::size_t run = 0;
    std::size_t letter_index = 0;
    LetterResult result = LetterResult::Failed;
    std::string message_key;  // why it failed, as a pack string key
    std::string saved_to;     // the folder, when saved instead of printed
};
struct PrintFinished {
    std::size_t run = 0;
    Clock::time_point now;
    bool broke = false;  // the worker stopped on an error: the visit goes to the failsafe
};

struct Retry {};
struct Tick { Clock::time_point now; };
struct Touch { Clock::time_point now; };  // any finger on the glass, before its meaning
struct StartOver {};
struct StillHere {};
struct Failure { Clock::time_point now; };  // something broke: the failsafe wipes the visit
struct CornerTap { Clock::time_point now; };  // the hidden staff gesture, one tap
struct PinDigit { char digit; };
struct PinBackspace {};
struct PinSubmit {};
enum class PinResult { Accepted, Rejected, LockedOut, NoPinSet };
struct PinChecked { PinResult result; std::chrono::seconds locked_for{0}; };
struct PinNotSet {};  // the staff PIN pad opened with no PIN set: it says how to set one instead
struct ClearVisit {};  // staff: end the visit on screen; the kiosk shows Welcome when staff leave
// Staff resumed the printer: the letters of the visit that failed are sent again, once.
struct ResumePrinting {};
struct ExitKiosk {};

using Event = std::variant<ChooseLanguage, Start, ToggleRecipient, Next, Back, ReturnToReview, ChooseState,
                           StateNotListed, ZipDigit, ZipBackspace, ChooseCounty, ToggleReason, FocusField, TypeText,
                           Backspace, ToggleShift, ToggleKeyPage, Skip, EditStep, ChooseLetterLanguage, Print,
                           SpeechStarted, PrintProgress,
                           LetterReported, PrintFinished, Retry, Tick, Touch, StartOver, StillHere, Failure, CornerTap,
                           PinDigit, PinBackspace, PinSubmit, PinChecked, PinNotSet, ClearVisit, ResumePrinting,
                           ExitKiosk>;

// What the flow asks of the world outside it after an event.
enum class Effect {
    None,
    StartPrinting,  // print `print_request()` in a worker
    CheckPin,       // check `entered_pin()` with the staff lock (off the UI thread), answer with PinChecked
    Exit            // staff chose "Exit kiosk"
};

}  // namespace kiosk::ui::flow
