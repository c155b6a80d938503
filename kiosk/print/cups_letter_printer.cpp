#include "print/cups_letter_printer.h"

#include <optional>
#include <thread>

#include "print/cups_connection.h"
#include "print/cups_queue.h"

namespace kiosk::print {
namespace {

using Clock = std::chrono::steady_clock;

LetterOutcome failed(PrintFailure failure) {
    LetterOutcome outcome;
    outcome.status = LetterOutcome::Status::Failed;
    outcome.message_key = std::move(failure.message_key);
    outcome.detail = std::move(failure.detail);
    return outcome;
}

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
    std::string detail = "printer '" + queue + "' is " +
                         (condition.accepting_jobs ? "stopped" : "not accepting jobs");
    if (!condition.message.empty()) detail += ": " + condition.message;
    return PrintFailure{describe(condition).message_key, std::move(detail)};
}

// Sends one letter and follows its job to the end. Every way out that is not
// "printed" cancels the job first (see CupsSettings::job_timeout for why).
class JobFollower {
public:
    JobFollower(CupsQueue& queue, const CupsSettings& settings, Progress progress,
                const std::function<void(const Progress&)>& on_progress)
        : queue_(queue), settings_(settings), progress_(std::move(progress)), on_progress_(on_progress) {}

    LetterOutcome print(const Document& document) {
        report("print.sending");
        const auto condition = queue_.condition();
        if (!condition) return failed(condition.error());
        if (auto refused = refusal(*condition, queue_.name())) return failed(std::move(*refused));

        const auto job_id = queue_.submit(document);
        if (!job_id) return failed(job_id.error());
        report("print.printing");
        return follow(*job_id);
    }

private:
    LetterOutcome follow(int job_id) {
        using State = JobCondition::State;
        const Clock::time_point deadline = Clock::now() + settings_.job_timeout;
        const std::string job = "job " + std::to_string(job_id) + " on " + queue_.name();
        std::string attention_key;  // what the printer is waiting for, if anything

        for (;;) {
            const auto state = queue_.job(job_id);
            if (!state) return give_up(job_id, state.error());
            switch (state->state) {
            case State::Completed: return printed(queue_.name(), job_id);
            case State::Canceled: return failed({"print.canceled", job + " was canceled"});
            case State::Aborted:
                return failed({"print.failed", job + " was aborted: " + state->printer_message});
            case State::Held: return give_up(job_id, {"print.held", job + " is held"});
            case State::Forgotten:
                // Printed or canceled, nobody can say; telling the visitor "printed" could
                // lose a letter, so we say it failed (install/cups keeps job history).
                return failed({"print.failed", job + " ended but the scheduler kept no record of how"});
            case State::Pending:
            case State::Processing:
            case State::Stopped: break;
            }

            const auto printer = queue_.condition();
            if (!printer) return give_up(job_id, printer.error());
            if (auto refused = refusal(*printer, queue_.name())) return give_up(job_id, std::move(*refused));
            if (state->state == State::Stopped) {
                return give_up(job_id, {describe(*printer).message_key, job + " was stopped"});
            }
            // A printer may wait for paper with the job still processing (IPP printers
            // do): say so on screen and keep waiting until the timeout.
            attention_key = blocking_reason_key(printer->reasons);
            report(attention_key.empty() ? "print.printing" : attention_key);

            if (Clock::now() >= deadline) {
                std::string detail = job + " did not finish within " +
                                     std::to_string(settings_.job_timeout.count()) + " ms";
                if (!printer->message.empty()) detail += "; the printer says: " + printer->message;
                return give_up(job_id, {attention_key.empty() ? "print.timed-out" : attention_key, detail});
            }
            std::this_thread::sleep_for(settings_.poll_interval);
        }
    }

    LetterOutcome give_up(int job_id, PrintFailure failure) {
        queue_.cancel(job_id);
        return failed(std::move(failure));
    }

    void report(const std::string& key) {
        if (key == progress_.message_key) return;
        progress_.message_key = key;
        if (on_progress_) on_progress_(progress_);
    }

    CupsQueue& queue_;
    const CupsSettings& settings_;
    Progress progress_;
    const std::function<void(const Progress&)>& on_progress_;
};

}  // namespace

std::vector<LetterOutcome> CupsLetterPrinter::print(const std::vector<Document>& documents,
                                                    const std::function<void(const Progress&)>& on_progress) {
    std::vector<LetterOutcome> outcomes;
    outcomes.reserve(documents.size());
    auto not_sent = [&](const PrintFailure& why) {
        while (outcomes.size() < documents.size()) {
            outcomes.push_back(failed({"print.not-sent", "not sent: " + why.detail}));
        }
        return outcomes;
    };
    if (documents.empty()) return outcomes;

    auto connection = CupsConnection::open(settings_.server);
    if (!connection) {
        outcomes.push_back(failed(connection.error()));
        return not_sent(connection.error());
    }
    auto queue = CupsQueue::open(*connection, settings_.printer_name);
    if (!queue) {
        outcomes.push_back(failed(queue.error()));
        return not_sent(queue.error());
    }

    for (std::size_t index = 0; index < documents.size(); ++index) {
        Progress progress{index, documents.size(), ""};
        LetterOutcome outcome = JobFollower(*queue, settings_, progress, on_progress).print(documents[index]);
        const bool stop = outcome.status == LetterOutcome::Status::Failed;
        const PrintFailure why{outcome.message_key, outcome.detail};
        outcomes.push_back(std::move(outcome));
        if (stop) return not_sent(why);
    }
    return outcomes;
}

std::string CupsLetterPrinter::destination_description() const {
    return settings_.printer_name.empty() ? "the default CUPS printer" : "the CUPS printer '" + settings_.printer_name + "'";
}

}  // namespace kiosk::print
