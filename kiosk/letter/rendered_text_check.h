// What the Mustache texts of a pack render to, for every kind of letter they can be part
// of: to a contact with a name, to the same office without one (a term ended), to no
// known contact; with no reason chosen, with every ground, every condition, or all;
// from a visitor who gave a name and town and one who did not. A salutation, office
// line, date, page number or letter body that renders to nothing in any of them is a
// problem of the pack: the letter would print without it (a salutation of nothing once
// crashed the layout).
#pragma once

#include <vector>

#include "content/pack.h"
#include "content/problem.h"
#include "letter/text_source.h"

namespace kiosk::letter {

// Only for texts template_check.h has accepted: others are not safe to render.
std::vector<content::Problem> check_rendered_texts(const content::Pack& pack, const PackTextSources& sources);

}  // namespace kiosk::letter
