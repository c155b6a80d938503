#include "ui/staff/staff_worker.h"

#include <exception>
#include <iostream>
#include <utility>

namespace kiosk::ui {

class StaffWorker::Control : public WorkControl {
public:
    explicit Control(StaffWorker& worker) : worker_(worker) {}
    const std::atomic<bool>& cancel_flag() const override { return worker_.cancel_; }
    void report(StaffProgress progress) override {
        std::lock_guard<std::mutex> lock(worker_.mutex_);
        worker_.progress_ = std::move(progress);
    }

private:
    StaffWorker& worker_;
};

StaffWorker::StaffWorker(StaffWork& work) : work_(work), thread_([this] { work_loop(); }) {}

StaffWorker::~StaffWorker() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
        waiting_.clear();
        cancel_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

std::uint64_t StaffWorker::send(StaffJob job) {
    std::uint64_t ticket = 0;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        ticket = next_ticket_++;
        waiting_.emplace_back(ticket, std::move(job));
    }
    wake_.notify_all();
    return ticket;
}

void StaffWorker::cancel() {
    std::lock_guard<std::mutex> lock(mutex_);
    waiting_.clear();
    if (running_job_) cancel_ = true;
}

std::optional<StaffProgress> StaffWorker::progress() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return progress_;
}

std::vector<FinishedJob> StaffWorker::take_finished() {
    std::lock_guard<std::mutex> lock(mutex_);
    return std::exchange(finished_, {});
}

bool StaffWorker::idle() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return !running_job_ && waiting_.empty() && finished_.empty();
}

void StaffWorker::work_loop() {
    Control control(*this);
    for (;;) {
        std::pair<std::uint64_t, StaffJob> next;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || !waiting_.empty(); });
            if (stopping_) return;
            next = std::move(waiting_.front());
            waiting_.pop_front();
            running_job_ = true;
            progress_.reset();
            cancel_ = false;
        }
        FinishedJob done{next.first, std::move(next.second), StaffNote{}, false};
        try {
            done.result = work_.run(done.job, control);
        } catch (const std::exception& error) {
            // A job that throws is a failed job, never a dead kiosk; the detail goes to the journal.
            std::cerr << "letter-kiosk: staff screen: " << error.what() << '\n';
            done.result = StaffNote{"staff.work.failed", {}, true};
        } catch (...) {
            done.result = StaffNote{"staff.work.failed", {}, true};
        }
        std::lock_guard<std::mutex> lock(mutex_);
        done.cancel_requested = cancel_;
        finished_.push_back(std::move(done));
        running_job_ = false;
        progress_.reset();
    }
}

}  // namespace kiosk::ui
