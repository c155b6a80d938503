#include "content/closest_name.h"

#include <algorithm>

namespace kiosk::content {

namespace {

// Edit distance counting a swap of neighbours as one edit (optimal string alignment).
// Hand-written: a dozen lines, and no Debian C++ library offers it on its own.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + substitution});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.size()][b.size()];
}

}  // namespace

std::optional<std::string> closest_name(std::string_view typed, const std::vector<std::string>& candidates) {
    constexpr std::size_t longest_name_worth_comparing = 64;  // hostile keys can be megabytes long
    if (typed.empty() || typed.size() > longest_name_worth_comparing) return std::nullopt;
    std::optional<std::string> best;
    std::size_t best_distance = 0;
    for (const std::string& candidate : candidates) {
        if (candidate.size() > longest_name_worth_comparing) continue;
        const std::size_t distance = edit_distance(typed, candidate);
        const std::size_t allowed = std::min(typed.size(), candidate.size()) <= 4 ? 1 : 2;
        if (distance == 0 || distance > allowed) continue;
        if (!best || distance < best_distance) {
            best = candidate;
            best_distance = distance;
        }
    }
    return best;
}

std::string did_you_mean(std::string_view typed, const std::vector<std::string>& candidates) {
    const auto close = closest_name(typed, candidates);
    return close ? " (did you mean '" + *close + "'?)" : "";
}

}  // namespace kiosk::content
