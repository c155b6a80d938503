// What one load of a pack costs, measured in a child process so that the peak memory is
// the load's own: for the tests that feed hostile files and must see them end as the
// product promises.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace kiosk::content::testing {

// Hostile files must end as the product promises: exit within 2 s and 200 MB (README
// "Measured"). The bound is the promise, not today's figure, so a loaded machine or the
// sanitizer build (several times slower, with a memory quarantine) does not fail it.
constexpr double promised_seconds = 2.0;
constexpr long promised_kilobytes = 200 * 1024;

struct LoadCost {
    double seconds = 0;
    long peak_growth_kb = 0;
    std::size_t problems = 0;
    std::string first_problem;  // as check-content prints it
};

LoadCost cost_of_loading(const std::filesystem::path& folder);

}  // namespace kiosk::content::testing
