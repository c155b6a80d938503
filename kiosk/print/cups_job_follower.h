// Prints one letter through a CUPS queue and follows its job to the end, or, when an
// earlier attempt at the same letter left a job behind, asks that job first.
//
// What the kiosk assumes of the scheduler when it asks about an earlier job (the
// appliance's install/cups/cupsd-privacy.conf sets it up so):
// - Job history is kept (PreserveJobHistory 86400): a completed, canceled or aborted job
//   is still known a day later, much longer than a visit, so "completed" is believed
//   and the letter is reported printed without sending it again. A scheduler keeping no
//   history has forgotten an ended job; printed or canceled, nobody can say, so the
//   letter is sent again (a possible second copy rather than a lost letter).
// - Jobs outlive a scheduler restart: cupsd keeps them in its spool and state folders and,
//   once up again, runs again the jobs it was stopped in the middle of. Such a job may
//   still print by itself, so it is followed, never doubled by a new one. A cupsd killed
//   before it saved its state has forgotten the job, which is then sent again.
// - Job ids are unique for as long as the scheduler keeps its state; one that lost it
//   hands out ids from 1 again, so an id is believed only when the job's job-uuid is the
//   one recorded when it was sent.
// - A job is asked about only on the scheduler and queue it was sent to: a letter whose
//   printer changed in between is sent again.
#pragma once

#include <functional>
#include <optional>

#include "print/cups_letter_printer.h"
#include "print/cups_queue.h"

namespace kiosk::print {

// A letter not printed, and why.
LetterOutcome failed_outcome(PrintFailure failure);

class CupsJobFollower {
public:
    // `progress` names the letter; its message changes as the job goes on.
    CupsJobFollower(CupsQueue& queue, const CupsSettings& settings, Progress progress,
                    const std::function<void(const Progress&)>& on_progress)
        : queue_(queue), settings_(settings), progress_(std::move(progress)), on_progress_(on_progress) {}

    // Every way out that is not "printed" cancels the job it followed first (see
    // CupsSettings::job_timeout for why).
    LetterOutcome print(const Document& document);

    // The job the letter is known by after print(): the one sent, else the earlier one.
    const std::optional<SentJob>& job() const { return job_; }

private:
    // The earlier job's outcome when it settles the letter: printed, or followed to its
    // end because it may still print. Nothing when the letter must be sent again.
    std::optional<LetterOutcome> settle_by_earlier_job();
    LetterOutcome follow();
    LetterOutcome give_up(PrintFailure failure);
    void report(const std::string& key);

    CupsQueue& queue_;
    const CupsSettings& settings_;
    Progress progress_;
    const std::function<void(const Progress&)>& on_progress_;
    std::optional<SentJob> job_;
};

}  // namespace kiosk::print
