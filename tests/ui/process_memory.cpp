#include "process_memory.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <sstream>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#define KIOSK_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KIOSK_ADDRESS_SANITIZER 1
#endif
#endif
#ifdef KIOSK_ADDRESS_SANITIZER
#include <sanitizer/asan_interface.h>
#endif

namespace kiosk::ui::testing {

namespace {

// In the sanitizer build (the kiosk is built like these tests), AddressSanitizer's shadow
// memory: terabytes of address space holding only its notes on which bytes may be used,
// never the program's own data, and far too large to read.
bool is_sanitizer_shadow([[maybe_unused]] unsigned long start, [[maybe_unused]] unsigned long end) {
#ifdef KIOSK_ADDRESS_SANITIZER
    std::size_t scale = 0;
    std::size_t offset = 0;
    __asan_get_shadow_mapping(&scale, &offset);
    const unsigned long highest_user_address = 0x7fffffffffffUL;  // x86-64, 47 bits
    return start >= offset && end <= offset + (highest_user_address >> scale) + 1;
#else
    return false;
#endif
}

// Calls `found(mapping line, region, offset)` for each occurrence of `needle`.
template <typename Found>
std::size_t search_process_memory(pid_t pid, const std::string& needle, Found found) {
    std::ifstream maps("/proc/" + std::to_string(pid) + "/maps");
    const int memory = open(("/proc/" + std::to_string(pid) + "/mem").c_str(), O_RDONLY);
    if (!maps || memory < 0 || needle.empty()) return 0;
    std::size_t count = 0;
    std::string line;
    std::vector<char> region;
    const std::boyer_moore_horspool_searcher search(needle.begin(), needle.end());
    while (std::getline(maps, line)) {
        unsigned long start = 0, end = 0;
        char permissions[5] = {};
        if (std::sscanf(line.c_str(), "%lx-%lx %4s", &start, &end, permissions) != 3 || permissions[0] != 'r') continue;
        if (line.find("[vvar]") != std::string::npos || line.find("[vsyscall]") != std::string::npos) continue;
        if (is_sanitizer_shadow(start, end)) continue;
        region.resize(end - start);
        const ssize_t got = pread(memory, region.data(), region.size(), static_cast<off_t>(start));
        if (got <= 0) continue;
        auto at = region.begin();
        const auto stop = region.begin() + got;
        while ((at = std::search(at, stop, search)) != stop) {
            ++count;
            found(line, region, std::size_t(at - region.begin()));
            ++at;
        }
    }
    close(memory);
    return count;
}

}  // namespace

std::size_t count_in_process_memory(pid_t pid, const std::string& needle) {
    return search_process_memory(pid, needle, [](const std::string&, const std::vector<char>&, std::size_t) {});
}

void show_in_process_memory(pid_t pid, const std::string& needle) {
    search_process_memory(pid, needle, [&](const std::string& mapping, const std::vector<char>& region, std::size_t at) {
        std::string context;
        for (std::size_t i = at >= 48 ? at - 48 : 0; i < std::min(region.size(), at + 48); ++i) {
            const char c = region[i];
            context += c >= 32 && c < 127 ? c : '.';
        }
        std::fprintf(stderr, "%s\n  +%zx: %s\n", mapping.c_str(), at, context.c_str());
    });
}

std::string as_utf32(const std::string& text) {
    std::string wide;
    for (char c : text) wide += std::string{c, '\0', '\0', '\0'};
    return wide;
}

}  // namespace kiosk::ui::testing
