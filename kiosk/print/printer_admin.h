// What staff do to a CUPS queue from the staff screen: see it in words, resume it after
// a stop, release held jobs, cancel the kiosk's stuck jobs, send a test page. Each call
// opens its own connection, as the letter printer does, so a restarted cupsd is fine.
#pragma once

#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "print/printer_status.h"

namespace kiosk::print {

// A queue as the staff screen shows it.
struct QueueReport {
    std::string name;  // the queue used (the default one's name when none was named)
    PrinterCondition condition;
    int letters_waiting = 0;  // the kiosk's own jobs not yet ended
    int held_jobs = 0;        // jobs anyone sent that wait for a Release
};

// `server` as for CupsSettings::server; `queue` "" for the scheduler's default.
tl::expected<QueueReport, PrintFailure> report_queue(const std::string& server, const std::string& queue);

// Turns the queue back on (Resume-Printer, CUPS-Accept-Jobs), then releases its held
// jobs; returns how many were released.
tl::expected<int, PrintFailure> resume_queue(const std::string& server, const std::string& queue);

// Cancels the kiosk's own jobs not yet ended (never other users' jobs); returns how many.
tl::expected<int, PrintFailure> cancel_kiosk_jobs(const std::string& server, const std::string& queue);

// Sends one PDF as a job named `job_name`; returns its job id. Not followed: staff see
// the page come out, or the queue's state say why not.
tl::expected<int, PrintFailure> send_page(const std::string& server, const std::string& queue,
                                          std::vector<unsigned char> pdf, const std::string& job_name);

}  // namespace kiosk::print
