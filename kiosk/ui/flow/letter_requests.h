// Turns a Visit into one letter request per chosen recipient, in the order chosen.
// The typed address "123 Main St, Columbia, MO 65201" becomes two lines, split at the
// first comma, so the letter's "I live in ..." names the town.
#pragma once

#include <vector>

#include "content/pack.h"
#include "letter/letter_request.h"
#include "ui/flow/visit.h"

namespace kiosk::ui::flow {

std::vector<letter::LetterRequest> letter_requests(const Visit& visit, content::PaperSize paper);

}  // namespace kiosk::ui::flow
