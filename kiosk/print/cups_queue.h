// One CUPS print queue over an open connection: its condition, and the jobs we send
// to it. Documents are streamed from memory over IPP (Create-Job, Send-Document),
// so no copy of a letter is ever written to a temporary file by the kiosk.
#pragma once

#include <memory>
#include <string>

#include <cups/cups.h>
#include <tl/expected.hpp>

#include "print/cups_connection.h"
#include "print/letter_printer.h"
#include "print/printer_status.h"

namespace kiosk::print {

struct JobCondition {
    enum class State { Pending, Held, Processing, Stopped, Canceled, Aborted, Completed } state = State::Pending;
    std::string printer_message;  // job-printer-state-message, for staff
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

private:
    struct DestinationFree {
        void operator()(cups_dest_t* destination) const { cupsFreeDests(1, destination); }
    };
    struct InfoFree {
        void operator()(cups_dinfo_t* info) const { cupsFreeDestInfo(info); }
    };

    CupsQueue(http_t* http, std::unique_ptr<cups_dest_t, DestinationFree> destination, std::string name,
              std::string uri)
        : http_(http), destination_(std::move(destination)), name_(std::move(name)), uri_(std::move(uri)) {}

    http_t* http_;
    std::unique_ptr<cups_dest_t, DestinationFree> destination_;
    std::unique_ptr<cups_dinfo_t, InfoFree> info_;  // fetched on the first submit
    std::string name_;
    std::string uri_;  // printer-uri for IPP requests
};

// Reads printer-state, printer-state-reasons, printer-state-message and
// printer-is-accepting-jobs out of a CUPS destination's options or an IPP response.
PrinterCondition condition_from_options(int option_count, cups_option_t* options);
PrinterCondition condition_from_attributes(ipp_t* response);

}  // namespace kiosk::print
