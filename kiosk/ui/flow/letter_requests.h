// Turns a Visit into one letter request per chosen recipient, in the order chosen.
// The sender's street, town and ZIP become the address block ("12 Elm St" /
// "Columbia, MO 65201"); the town alone is what the letter's "I live in …" names.
#pragma once

#include <vector>

#include "content/pack.h"
#include "letter/letter_request.h"
#include "ui/flow/visit.h"

namespace kiosk::ui::flow {

std::vector<letter::LetterRequest> letter_requests(const Visit& visit, content::PaperSize paper);

}  // namespace kiosk::ui::flow
