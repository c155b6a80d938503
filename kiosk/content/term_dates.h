// When a contact's term of office has ended, by the date a letter is dated with.
#pragma once

#include <string>

#include "content/pack.h"

namespace kiosk::content {

// True when `contact` has a term_ends and `today` ("2027-02-01") is on or after it. A
// term given as a month ("2027-01") counts as ended from the month's first day: terms
// end some day that month, and a letter that says "Dear Governor:" to the outgoing
// holder is still right, while one that greets them by name after they left is not.
bool term_has_ended(const Contact& contact, const std::string& today);

}  // namespace kiosk::content
