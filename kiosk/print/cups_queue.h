// One CUPS print queue over an open connection: its condition, and the jobs we send
// to it. Documents are streamed from memory over IPP (Create-Job, Send-Document),
// so no copy of a letter is ever written to a temporary file by the kiosk.
#pragma once

#include <string>
#include <vector>

#include <cups/cups.h>
#include <tl/expected.hpp>

#include "print/cups_connection.h"
#include "print/letter_printer.h"
#include "print/printer_status.h"

namespace kiosk::print {

struct JobCondition {
    // Forgotten: the scheduler no longer knows the job, which happens once it has
    // ended on a CUPS set to keep no job history (PreserveJobHistory No).
    enum class State { Pending, Held, Processing, Stopped, Canceled, Aborted, Completed, Forgotten } state = State::Pending;
    std::string printer_message;  // job-printer-state-message, for staff
    std::string uuid;             // job-uuid: tells this job from a later one given the same id
};

// A job not yet ended, as the staff screen counts and cancels them.
struct QueuedJob {
    int id = 0;
    JobCondition::State state = JobCondition::State::Pending;
    bool ours = false;  // sent by this computer's user, the kiosk's
};

class CupsQueue {
public:
    // The queue called `name`, or the scheduler's default queue when `name` is empty.
    static tl::expected<CupsQueue, PrintFailure> open(const CupsConnection& connection, const std::string& name);

    const std::string& name() const { return name_; }

    tl::expected<PrinterCondition, PrintFailure> condition() const;

    // Sends `document` as one job and returns its id once the scheduler has accepted it.
    tl::expected<int, PrintFailure> submit(const Document& document);

    tl::expected<JobCondition, PrintFailure> job(int job_id) const;

    // Best effort: the job may have finished meanwhile, which is fine.
    void cancel(int job_id);

    // The jobs not yet ended (pending, held, processing, stopped), oldest first.
    tl::expected<std::vector<QueuedJob>, PrintFailure> unfinished_jobs() const;

    // What `cupsenable` and `cupsaccept` do: Resume-Printer and CUPS-Accept-Jobs. Needs
    // a user allowed to administer CUPS (in the lpadmin group, on Debian).
    tl::expected<void, PrintFailure> resume();

    // Release-Job: a held job may print.
    tl::expected<void, PrintFailure> release(int job_id);

private:
    CupsQueue(http_t* http, std::string name, std::string uri, std::string resource)
        : http_(http), name_(std::move(name)), uri_(std::move(uri)), resource_(std::move(resource)) {}

    http_t* http_;
    std::string name_;
    std::string uri_;       // printer-uri for IPP requests
    std::string resource_;  // its path, where requests are posted: "/printers/front-desk"
};

// Reads printer-state, printer-state-reasons, printer-state-message and
// printer-is-accepting-jobs out of a CUPS destination's options or an IPP response.
PrinterCondition condition_from_options(int option_count, cups_option_t* options);
PrinterCondition condition_from_attributes(ipp_t* response);

}  // namespace kiosk::print
