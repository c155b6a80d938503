// Problems of a content pack printed as check-content prints them: one per line,
// `path:line:column: message`, sorted so a file's problems read top to bottom.
#pragma once

#include <ostream>
#include <vector>

#include "content/problem.h"

namespace kiosk::app {

void print_problems(std::vector<content::Problem> problems, std::ostream& out);

}  // namespace kiosk::app
