#include "install/disk_steps.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include <unistd.h>

namespace kiosk::install {

FaultPlan FaultPlan::from_environment() {
    FaultPlan plan;
    const char* fault = std::getenv("LETTER_KIOSK_INJECT_FAULT");
    if (!fault) return plan;
    const std::string text = fault;
    const auto number = [&](const std::string& prefix) {
        return text.rfind(prefix, 0) == 0 ? std::atoi(text.c_str() + prefix.size()) : 0;
    };
    plan.fail_at_step = number("store-fail:");
    plan.crash_at_step = number("store-crash:");
    return plan;
}

std::optional<std::string> DiskSteps::next(const char* what, const std::filesystem::path& path) {
    ++count_;
    // _exit, not exit: no destructor or atexit handler may tidy up, as after a power cut.
    if (count_ == plan_.crash_at_step) ::_exit(86);
    if (count_ == plan_.fail_at_step) {
        return std::string(what) + " " + path.string() + ": " + std::strerror(EIO) + " (fault injected at step " +
               std::to_string(count_) + ")";
    }
    return std::nullopt;
}

std::optional<std::string> DiskSteps::flush(const char* what, const std::filesystem::path& path, int descriptor) {
    if (auto fault = next(what, path)) return fault;
    ++flushes_;
    if (::fsync(descriptor) != 0) return std::string(what) + " " + path.string() + ": " + std::strerror(errno);
    return std::nullopt;
}

}  // namespace kiosk::install
