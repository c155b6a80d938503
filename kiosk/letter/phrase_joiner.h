// Joins chosen phrases into natural language: "a", "a and b", "a, b, and c" (serial
// comma when the language's rules ask for it), or the same with "or" for alternatives.
// A conjunction is written another way before some sounds when the language's rules
// say so (Spanish "enfermedades pulmonares e hipertensión", "renales u hormonales").
#pragma once

#include <string>
#include <vector>

#include "content/pack.h"

namespace kiosk::letter {

// All of them: "a, b, and c" / "a, b y c".
std::string join_phrases(const std::vector<std::string>& phrases, const content::LanguageRules& rules);

// Any of them: "a, b, or c" / "a, b o c".
std::string join_alternatives(const std::vector<std::string>& phrases, const content::LanguageRules& rules);

}  // namespace kiosk::letter
