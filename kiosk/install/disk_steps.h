// Every step of an install or rollback that changes the disk (make a folder, create,
// write or flush a file, rename, make a link, flush a folder) is numbered here, so a
// test can make the Nth step fail as a full disk or a pulled stick would, or end the
// process there as a power cut would, and check the installed pack after each.
// Every fsync of the install goes through flush() too, so a test can count them: a
// check (--check-only) must make none.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace kiosk::install {

struct FaultPlan {
    int fail_at_step = 0;   // 0: never; else that step reports an input/output error
    int crash_at_step = 0;  // 0: never; else the process ends at once (exit 86) there

    // From $LETTER_KIOSK_INJECT_FAULT: "store-fail:N" or "store-crash:N" (tests only);
    // anything else gives no faults.
    static FaultPlan from_environment();
};

class DiskSteps {
public:
    explicit DiskSteps(FaultPlan plan = {}) : plan_(plan) {}

    // Called just before each step; a planned failure comes back as the step's error
    // message ("cannot write FILE: Input/output error (fault injected at step N)").
    std::optional<std::string> next(const char* what, const std::filesystem::path& path);
    // One step that flushes the open `descriptor` (of `path`) to disk with fsync(2):
    // the planned failure, or "WHAT PATH: <why>" when the flush fails.
    std::optional<std::string> flush(const char* what, const std::filesystem::path& path, int descriptor);
    int count() const { return count_; }
    int flushes() const { return flushes_; }

private:
    FaultPlan plan_;
    int count_ = 0;
    int flushes_ = 0;
};

}  // namespace kiosk::install
