// A small content pack built in code, so letter and PDF tests do not depend on the
// default pack's wording (which staff may change at any time).
#pragma once

#include "content/pack.h"
#include "letter/letter_request.h"

namespace kiosk::letter::testing {

// English and Spanish; president (national), governor (MO with an address, AR with a
// Spanish salutation override), sheriff (county level, no contacts).
content::Pack test_pack();

// The "typical" letter of the performance brief: governor, MO, three conditions,
// a name and an address.
LetterRequest typical_request();

}  // namespace kiosk::letter::testing
