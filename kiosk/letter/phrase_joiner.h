// Joins chosen phrases into natural language: "a", "a and b", "a, b, and c"
// (serial comma when the language's rules ask for it), with the Spanish "y"
// becoming "e" before an "i" sound ("enfermedades pulmonares e hipertensión").
#pragma once

#include <string>
#include <vector>

#include "content/pack.h"

namespace kiosk::letter {

std::string join_phrases(const std::vector<std::string>& phrases, const content::LanguageRules& rules);

}  // namespace kiosk::letter
