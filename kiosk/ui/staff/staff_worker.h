// The one thread staff work runs on, so the screen keeps drawing (and the service
// watchdog keeps being told so) while a stick is checked or CUPS takes its time. Jobs
// run one at a time, in the order sent; the UI thread never waits on one: it asks each
// frame for the step the job is on and for the jobs that finished.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "ui/staff/staff_job.h"

namespace kiosk::ui {

struct FinishedJob {
    std::uint64_t ticket = 0;
    StaffJob job;
    StaffResult result;
    bool cancel_requested = false;  // staff tapped Cancel while it ran (it may still have finished)
};

class StaffWorker {
public:
    explicit StaffWorker(StaffWork& work);
    // Stops the job running at its next step (when it can stop), drops the waiting ones
    // and waits for the thread.
    ~StaffWorker();
    StaffWorker(const StaffWorker&) = delete;
    StaffWorker& operator=(const StaffWorker&) = delete;

    // Queues `job`; returns its ticket, found again in take_finished().
    std::uint64_t send(StaffJob job);
    // Asks the job running to stop (the work checks between entries) and drops the
    // jobs waiting behind it.
    void cancel();
    // The step of the job running, once it said one.
    std::optional<StaffProgress> progress() const;
    std::vector<FinishedJob> take_finished();
    // Nothing running, nothing waiting, nothing finished but not yet taken.
    bool idle() const;

private:
    class Control;
    void work_loop();

    StaffWork& work_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::pair<std::uint64_t, StaffJob>> waiting_;
    std::vector<FinishedJob> finished_;
    std::optional<StaffProgress> progress_;
    bool running_job_ = false;
    bool stopping_ = false;
    std::uint64_t next_ticket_ = 1;
    std::atomic<bool> cancel_{false};
    std::thread thread_;  // last: starts once everything above is made
};

}  // namespace kiosk::ui
