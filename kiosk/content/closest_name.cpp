#include "content/closest_name.h"

#include <algorithm>
#include <array>

namespace kiosk::content {

namespace {

constexpr std::size_t longest_name_worth_comparing = 64;  // hostile keys can be megabytes long

// Whether the edit distance between `a` and `b` is at most `allowed`, counting a swap
// of neighbours as one edit (optimal string alignment), and if so, the distance. Only
// cells within `allowed` of the diagonal can stay within it, and a row whose every
// cell is over it ends the search, so a comparison costs a few rows of five cells, on
// the stack: a junk file of 10,000 keys is compared with every missing key in
// milliseconds. Hand-written: no Debian C++ library offers it on its own.
std::optional<std::size_t> distance_within(std::string_view a, std::string_view b, std::size_t allowed) {
    if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > allowed) return std::nullopt;
    // Stands for every cell outside the band: more than `allowed`, and safe to add 1 to.
    constexpr std::size_t over = longest_name_worth_comparing * 2;
    std::array<std::array<std::size_t, longest_name_worth_comparing + 2>, 3> rows;
    std::size_t* before_previous = rows[0].data();
    std::size_t* previous = rows[1].data();
    std::size_t* current = rows[2].data();
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        const std::size_t first = i > allowed ? i - allowed : 1;
        const std::size_t last = std::min(b.size(), i + allowed);
        current[first - 1] = first == 1 ? i : over;
        std::size_t row_best = current[first - 1];
        for (std::size_t j = first; j <= last; ++j) {
            const std::size_t substitution = a[i - 1] == b[j - 1] ? 0 : 1;
            std::size_t cell = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                cell = std::min(cell, before_previous[j - 2] + 1);
            }
            current[j] = cell;
            row_best = std::min(row_best, cell);
        }
        if (last < b.size()) current[last + 1] = over;  // read by the next row's last cell
        if (row_best > allowed) return std::nullopt;
        std::swap(before_previous, previous);
        std::swap(previous, current);
    }
    if (previous[b.size()] > allowed) return std::nullopt;
    return previous[b.size()];
}

}  // namespace

std::optional<std::string> closest_name(std::string_view typed, const std::vector<std::string>& candidates) {
    if (typed.empty() || typed.size() > longest_name_worth_comparing) return std::nullopt;
    std::optional<std::string> best;
    std::size_t best_distance = 0;
    for (const std::string& candidate : candidates) {
        if (candidate.size() > longest_name_worth_comparing) continue;
        const std::size_t allowed = std::min(typed.size(), candidate.size()) <= 4 ? 1 : 2;
        const auto distance = distance_within(typed, candidate, allowed);
        if (!distance || *distance == 0) continue;
        if (!best || *distance < best_distance) {
            best = candidate;
            best_distance = *distance;
        }
    }
    return best;
}

std::string did_you_mean(std::string_view typed, const std::vector<std::string>& candidates) {
    const auto close = closest_name(typed, candidates);
    return close ? " (did you mean '" + *close + "'?)" : "";
}

}  // namespace kiosk::content
