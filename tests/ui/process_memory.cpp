#include "process_memory.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <sstream>
#include <vector>

namespace kiosk::ui::testing {

std::size_t count_in_process_memory(pid_t pid, const std::string& needle) {
    std::ifstream maps("/proc/" + std::to_string(pid) + "/maps");
    const int memory = open(("/proc/" + std::to_string(pid) + "/mem").c_str(), O_RDONLY);
    if (!maps || memory < 0 || needle.empty()) return 0;
    std::size_t found = 0;
    std::string line;
    std::vector<char> region;
    const std::boyer_moore_horspool_searcher search(needle.begin(), needle.end());
    while (std::getline(maps, line)) {
        unsigned long start = 0, end = 0;
        char permissions[5] = {};
        if (std::sscanf(line.c_str(), "%lx-%lx %4s", &start, &end, permissions) != 3 || permissions[0] != 'r') continue;
        if (line.find("[vvar]") != std::string::npos || line.find("[vsyscall]") != std::string::npos) continue;
        region.resize(end - start);
        const ssize_t got = pread(memory, region.data(), region.size(), static_cast<off_t>(start));
        if (got <= 0) continue;
        auto at = region.begin();
        const auto stop = region.begin() + got;
        while ((at = std::search(at, stop, search)) != stop) {
            ++found;
            ++at;
        }
    }
    close(memory);
    return found;
}

std::string as_utf32(const std::string& text) {
    std::string wide;
    for (char c : text) wide += std::string{c, '\0', '\0', '\0'};
    return wide;
}

}  // namespace kiosk::ui::testing
