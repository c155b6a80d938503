#include "content/closest_name.h"

#include <algorithm>

namespace kiosk::content {

namespace {

// Edit distance counting a swap of neighbours as one edit (optimal string alignment),
// when it is at most `limit`; anything larger comes back as limit + 1. Only the cells
// within `limit` of the diagonal can hold such a distance, so only they are worked out,
// and a row with none small enough ends the search: a hostile file's thousands of long
// keys each compared with every known name took seconds with the whole table.
// Hand-written: a few dozen lines, and no Debian C++ library offers it on its own.
std::size_t edit_distance_within(std::string_view a, std::string_view b, std::size_t limit) {
    const std::size_t over = limit + 1;
    if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return over;
    // Three rows of the table, as a swap looks two rows back; cells off the band stay `over`.
    std::vector<std::size_t> two_back(b.size() + 1, over), previous(b.size() + 1, over), current(b.size() + 1, over);
    for (std::size_t j = 0; j <= std::min(b.size(), limit); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::fill(current.begin(), current.end(), over);
        if (i <= limit) current[0] = i;
        std::size_t row_best = current[0];
        for (std::size_t j = i > limit ? i - limit : 1; j <= std::min(b.size(), i + limit); ++j) {
            const std::size_t substitution = a[i - 1] == b[j - 1] ? 0 : 1;
            std::size_t distance = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                distance = std::min(distance, two_back[j - 2] + 1);
            }
            current[j] = std::min(distance, over);
            row_best = std::min(row_best, current[j]);
        }
        // No cell is more than one above the cell diagonally before it, so once a whole row
        // is past the limit no later row comes back within it, even by a swap (which
        // reaches two rows back).
        if (row_best > limit) return over;
        std::swap(two_back, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

}  // namespace

std::optional<std::string> closest_name(std::string_view typed, const std::vector<std::string>& candidates) {
    constexpr std::size_t longest_name_worth_comparing = 64;  // hostile keys can be megabytes long
    if (typed.empty() || typed.size() > longest_name_worth_comparing) return std::nullopt;
    std::optional<std::string> best;
    std::size_t best_distance = 0;
    for (const std::string& candidate : candidates) {
        if (candidate.size() > longest_name_worth_comparing) continue;
        const std::size_t allowed = std::min(typed.size(), candidate.size()) <= 4 ? 1 : 2;
        const std::size_t distance = edit_distance_within(typed, candidate, allowed);
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
