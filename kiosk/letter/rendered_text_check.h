// What the Mustache texts of a pack render to, for every kind of letter they can be part
// of: to a contact with a name, to the same office without one (a term ended), to no
// known contact; with no reason chosen, with every ground, every condition, or all;
// from a visitor who gave a name and town and one who did not. A salutation, office
// line, date, page number or letter body that renders to nothing in any of them is a
// problem of the pack: the letter would print without it (a salutation of nothing once
// crashed the layout). So is a text that can render to more than a letter can print
// (rendered_size.h): 1,000 {{reasons_phrase}} are accepted text, but render to megabytes.
#pragma once

#include <vector>

#include "content/pack.h"
#include "content/problem.h"
#include "letter/text_source.h"

namespace kiosk::letter {

// libharu prints at most 65,535 bytes in one call (HPDF_LIMIT_MAX_STRING_LEN). The
// layout prints a line per call, and a text of characters that take no width is one
// line, so no text of the letter may render to more. (That is some twenty pages.)
constexpr std::size_t max_text_bytes = 65535;

// Only for texts template_check.h has accepted: others are not safe to render.
std::vector<content::Problem> check_rendered_texts(const content::Pack& pack, const PackTextSources& sources);

}  // namespace kiosk::letter
