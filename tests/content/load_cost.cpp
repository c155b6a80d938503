#include "load_cost.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <vector>

#include "content/pack_loader.h"

namespace kiosk::content::testing {

LoadCost cost_of_loading(const std::filesystem::path& folder) {
    int pipe_ends[2];
    if (pipe(pipe_ends) != 0) throw std::runtime_error("no pipe");
    const pid_t child = fork();
    if (child == 0) {
        close(pipe_ends[0]);
        rusage before{};
        getrusage(RUSAGE_SELF, &before);
        const auto start = std::chrono::steady_clock::now();
        const auto loaded = load_pack(folder);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        rusage after{};
        getrusage(RUSAGE_SELF, &after);
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
    std::sscanf(report.c_str(), "%lf %ld %zu %n", &cost.seconds, &cost.peak_growth_kb, &cost.problems, &consumed);
    cost.first_problem = report.substr(std::size_t(consumed));
    return cost;
}

}  // namespace kiosk::content::testing
