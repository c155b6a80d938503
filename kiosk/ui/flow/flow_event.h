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

struct ChooseLanguage { content::LanguageCode language; };
struct Start {};
struct ToggleRecipient { std::string id; };
struct Next {};
struct Back {};
struct ChooseState { std::string id; };
struct ChooseCounty { std::string name; };
struct ToggleReason { std::string id; };
struct FocusField { Field field; };
struct TypeText { std::string utf8; };  // one key of the on-screen keyboard, lower case
struct Backspace {};
struct ToggleShift {};
struct Skip {};  // "Skip — I'll write it by hand"
struct EditStep { Screen step; };
struct ChooseLetterLanguage { content::LanguageCode language; };
struct Print {};
struct PrintProgress { std::size_t letter_index = 0; std::size_t letter_count = 0; };
struct PrintFinished {
    Clock::time_point now;
    std::size_t letters_done = 0;  // letters printed or saved, counted from the first
    bool failed = false;
    std::string message_key;       // why it failed, as a pack string key
    std::string saved_to;          // folder the letters were saved in; empty when printed
};
struct Retry {};
struct Tick { Clock::time_point now; };
struct Touch { Clock::time_point now; };  // any finger on the glass, before its meaning
struct StartOver {};
struct StillHere {};
struct CornerTap { Clock::time_point now; };  // the hidden staff gesture, one tap
struct PinDigit { char digit; };
struct PinBackspace {};
struct PinSubmit {};
enum class PinResult { Accepted, Rejected, LockedOut, NoPinSet };
struct PinChecked { PinResult result; std::chrono::seconds locked_for{0}; };
struct ExitKiosk {};

using Event = std::variant<ChooseLanguage, Start, ToggleRecipient, Next, Back, ChooseState,
                           ChooseCounty, ToggleReason, FocusField, TypeText, Backspace,
                           ToggleShift, Skip, EditStep, ChooseLetterLanguage, Print,
                           PrintProgress, PrintFinished, Retry, Tick, Touch, StartOver,
                           StillHere, CornerTap, PinDigit, PinBackspace, PinSubmit, PinChecked,
                           ExitKiosk>;

// What the flow asks of the world outside it after an event.
enum class Effect {
    None,
    StartPrinting,  // print letters from `first_letter_to_print()` on, in a worker
    CheckPin,       // check `entered_pin()` with the staff lock, answer with PinChecked
    Exit            // staff chose "Exit kiosk"
};

}  // namespace kiosk::ui::flow
