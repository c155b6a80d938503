// Checks every Mustache text of a pack the letter engine renders (letter bodies, the
// office and salutation lines of recipients.yaml, each language's date pattern and page
// number) for syntax errors and for names the letter does not provide, and then what
// they render to (rendered_text_check.h), with file, line and column for staff.
#pragma once

#include <vector>

#include "content/pack.h"
#include "content/problem.h"

namespace kiosk::letter {

std::vector<content::Problem> check_templates(const content::Pack& pack);

}  // namespace kiosk::letter
