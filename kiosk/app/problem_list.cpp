#include "app/problem_list.h"

#include <algorithm>
#include <tuple>

namespace kiosk::app {

void print_problems(std::vector<content::Problem> problems, std::ostream& out) {
    std::stable_sort(problems.begin(), problems.end(), [](const content::Problem& a, const content::Problem& b) {
        return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    });
    for (const content::Problem& problem : problems) out << problem.to_string() << "\n";
}

}  // namespace kiosk::app
