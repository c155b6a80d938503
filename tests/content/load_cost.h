// What one load of a pack costs, measured in a child process so that the peak memory is
// the load's own: for the tests that feed hostile files and must see them end as the
// product promises.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace kiosk::content::testing {

#if defined(__SANITIZE_ADDRESS__)
#define KIOSK_TESTS_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KIOSK_TESTS_UNDER_ASAN 1
#endif
#endif

// Hostile files must end as the product promises: exit within 2 s and 200 MB (README
// "Measured"). The bound is the promise, not today's figure, so a loaded machine or the
// sanitizer build (several times slower) does not fail it. Under AddressSanitizer freed
// blocks wait in its quarantine (256 MB by default) before they are reused, so a load
// that frees millions of small values grows by up to that much more than the program
// as shipped: the bound there is the promise plus the quarantine.
constexpr double promised_seconds = 2.0;
#ifdef KIOSK_TESTS_UNDER_ASAN
constexpr long promised_kilobytes = (200 + 256) * 1024;
#else
constexpr long promised_kilobytes = 200 * 1024;
#endif

struct LoadCost {
    double seconds = 0;
    long peak_growth_kb = 0;
    std::size_t problems = 0;
    std::string first_problem;  // as check-content prints it
};

LoadCost cost_of_loading(const std::filesystem::path& folder);

}  // namespace kiosk::content::testing
