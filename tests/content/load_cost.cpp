#include "load_cost.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <vector>

#include "content/pack_loader.h"

namespace kiosk::content::testing {
namespace {

double cpu_seconds(const rusage& usage) {
    const auto seconds = [](const timeval& time) { return double(time.tv_sec) + double(time.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

}  // namespace

LoadCost cost_of_loading(const std::filesystem::path& folder) {
    int pipe_ends[2];
    if (pipe(pipe_ends) != 0) throw std::runtime_error("no pipe");
    const pid_t child = fork();
    if (child == 0) {
        close(pipe_ends[0]);
        rusage before{};
        getrusage(RUSAGE_SELF, &before);
        const auto loaded = load_pack(folder);
        rusage after{};
        getrusage(RUSAGE_SELF, &after);
        const double seconds = cpu_seconds(after) - cpu_seconds(before);
        const std::vector<Problem> problems = loaded ? std::vector<Problem>{} : loaded.error();
        char report[1024];
        const int size =
            std::snprintf(report, sizeof report, "%f %ld %zu %.700s", seconds, after.ru_maxrss - before.ru_maxrss,
                          problems.size(), problems.empty() ? "" : problems.front().to_string().c_str());
        const bool written = write(pipe_ends[1], report, std::size_t(size)) == size;
        _exit(written ? 0 : 1);
    }
    close(pipe_ends[1]);
    std::string report;
    char buffer[1024];
    for (ssize_t n; (n = read(pipe_ends[0], buffer, sizeof buffer)) > 0;) report.append(buffer, std::size_t(n));
    close(pipe_ends[0]);
    int status = 0;
    waitpid(child, &status, 0);
    LoadCost cost;
    int consumed = 0;
    std::sscanf(report.c_str(), "%lf %ld %zu %n", &cost.cpu_seconds, &cost.peak_growth_kb, &cost.problems, &consumed);
    cost.first_problem = report.substr(std::size_t(consumed));
    return cost;
}

double default_load_cpu_seconds() {
    static const double least = [] {
        double seconds = cost_of_loading(KIOSK_DEFAULT_PACK).cpu_seconds;
        for (int i = 0; i < 2; ++i) seconds = std::min(seconds, cost_of_loading(KIOSK_DEFAULT_PACK).cpu_seconds);
        // rusage counts in ticks of the scheduler: a load faster than one reads as 0.
        return std::max(seconds, 0.001);
    }();
    return least;
}

::testing::AssertionResult within_promised_time(const LoadCost& cost) {
    const double default_load = default_load_cpu_seconds();
    const double loads = cost.cpu_seconds / default_load;
    if (loads <= promised_default_loads) return ::testing::AssertionSuccess() << loads << " default loads";
    return ::testing::AssertionFailure() << "took " << cost.cpu_seconds * 1000 << " ms of CPU, " << loads
                                         << " loads of the default pack (" << default_load * 1000
                                         << " ms each); at most " << promised_default_loads << " are promised";
}

}  // namespace kiosk::content::testing
