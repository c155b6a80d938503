// What a visitor chooses, picked by ten fuzzer bytes among what a pack offers, so the
// letter fuzzers reach every recipient, state, county, reason, language and paper:
//   recipient, state, county, reasons (3 bytes, a bit per ground then condition),
//   language, flags (1: A4, 2: own-words box, 4: no state), month, day.
// The sender (what a visitor types) is left to the caller.
#pragma once

#include "content/pack.h"
#include "fuzz_input.h"
#include "letter/letter_request.h"

namespace kiosk::fuzz {

constexpr std::size_t letter_choice_bytes = 10;

letter::LetterRequest choose_letter(const content::Pack& pack, FuzzInput& input);

}  // namespace kiosk::fuzz
