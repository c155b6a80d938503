#include "print/cups_job_follower.h"

#include <chrono>
#include <thread>

namespace kiosk::print {
namespace {

using Clock = std::chrono::steady_clock;

LetterOutcome printed(const std::string& queue, int job_id) {
    LetterOutcome outcome;
    outcome.status = LetterOutcome::Status::Printed;
    outcome.message_key = "print.printed";
    outcome.detail = "job " + std::to_string(job_id) + " on " + queue + " completed";
    return outcome;
}

// Why a printer cannot take a job right now, if it cannot. Error reasons on an idle
// queue are not a reason: they linger from the last job (see describe()).
std::optional<PrintFailure> refusal(const PrinterCondition& condition, const std::string& queue) {
    if (condition.state != PrinterCondition::State::Stopped && condition.accepting_jobs) return std::nullopt;
    std::string detail = "printer '" + queue + "' is " + (condition.accepting_jobs ? "stopped" : "not accepting jobs");
    if (!condition.message.empty()) detail += ": " + condition.message;
    return PrintFailure{describe(condition).message_key, std::move(detail)};
}

}  // namespace

LetterOutcome failed_outcome(PrintFailure failure) {
    LetterOutcome outcome;
    outcome.status = LetterOutcome::Status::Failed;
    outcome.message_key = std::move(failure.message_key);
    outcome.detail = std::move(failure.detail);
    return outcome;
}

LetterOutcome CupsJobFollower::print(const Document& document) {
    report("print.sending");
    job_ = document.earlier_job;
    if (job_ && job_->server == settings_.server && job_->queue == queue_.name()) {
        const auto earlier = queue_.job(job_->id);
        if (!earlier) return failed_outcome(earlier.error());  // asked again on the next attempt
        using State = JobCondition::State;
        // An id that now names another job means the scheduler lost ours: as forgotten.
        const State state = job_->uuid.empty() || earlier->uuid == job_->uuid ? earlier->state : State::Forgotten;
        switch (state) {
        case State::Completed: return printed(queue_.name(), job_->id);
        case State::Canceled:
        case State::Aborted:
        case State::Forgotten: break;  // it will not print: send the letter again
        case State::Pending:
        case State::Held:
        case State::Processing:
        case State::Stopped: report("print.printing"); return follow();
        }
    }

    const auto condition = queue_.condition();
    if (!condition) return failed_outcome(condition.error());
    if (auto refused = refusal(*condition, queue_.name())) return failed_outcome(std::move(*refused));
    const auto job_id = queue_.submit(document);
    if (!job_id) return failed_outcome(job_id.error());
    job_ = SentJob{settings_.server, queue_.name(), *job_id, ""};
    report("print.printing");
    return follow();
}

LetterOutcome CupsJobFollower::follow() {
    using State = JobCondition::State;
    const Clock::time_point deadline = Clock::now() + settings_.job_timeout;
    const std::string job = "job " + std::to_string(job_->id) + " on " + queue_.name();

    for (;;) {
        const auto state = queue_.job(job_->id);
        if (!state) return give_up(state.error());
        if (job_->uuid.empty()) job_->uuid = state->uuid;
        switch (state->state) {
        case State::Completed: return printed(queue_.name(), job_->id);
        case State::Canceled: return failed_outcome({"print.canceled", job + " was canceled"});
        case State::Aborted: return failed_outcome({"print.failed", job + " was aborted: " + state->printer_message});
        case State::Held: return give_up({"print.held", job + " is held"});
        case State::Forgotten:
            // Printed or canceled, nobody can say; telling the visitor "printed" could
            // lose a letter, so we say it failed (install/cups keeps job history).
            return failed_outcome({"print.failed", job + " ended but the scheduler kept no record of how"});
        case State::Pending:
        case State::Processing:
        case State::Stopped: break;
        }

        const auto printer = queue_.condition();
        if (!printer) return give_up(printer.error());
        if (auto refused = refusal(*printer, queue_.name())) return give_up(std::move(*refused));
        if (state->state == State::Stopped) return give_up({describe(*printer).message_key, job + " was stopped"});
        // A printer may wait for paper with the job still processing (IPP printers
        // do), or with our job pending behind another: say so on screen at once and
        // keep waiting until the timeout.
        const std::string attention_key = blocking_reason_key(printer->reasons);
        report(attention_key.empty() ? "print.printing" : attention_key);

        if (Clock::now() >= deadline) {
            std::string detail =
                job + " did not finish within " + std::to_string(settings_.job_timeout.count()) + " ms";
            if (!printer->message.empty()) detail += "; the printer says: " + printer->message;
            return give_up({attention_key.empty() ? "print.timed-out" : attention_key, detail});
        }
        std::this_thread::sleep_for(settings_.poll_interval);
    }
}

LetterOutcome CupsJobFollower::give_up(PrintFailure failure) {
    queue_.cancel(job_->id);
    return failed_outcome(std::move(failure));
}

void CupsJobFollower::report(const std::string& key) {
    if (key == progress_.message_key) return;
    progress_.message_key = key;
    if (on_progress_) on_progress_(progress_);
}

}  // namespace kiosk::print
