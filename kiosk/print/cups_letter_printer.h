// Prints letters through CUPS, one job per letter, following each job to its end
// before sending the next, so a batch stops at the first letter that fails and the
// rest stay unsent (the print screen then offers Retry).
#pragma once

#include <chrono>
#include <string>

#include "print/letter_printer.h"

namespace kiosk::print {

struct CupsSettings {
    std::string printer_name;  // empty: the CUPS default destination
    std::string server;        // empty: what libcups would use (see CupsConnection::open)
    // A job that has not finished by then is canceled and reported. Canceled, not left
    // queued: a letter printing an hour later, after the visitor was told it failed
    // and pressed Retry, would be a duplicate, and a queued job is a spooled copy of
    // what the visitor typed.
    std::chrono::milliseconds job_timeout = std::chrono::minutes(2);
    std::chrono::milliseconds poll_interval = std::chrono::milliseconds(100);
};

class CupsLetterPrinter final : public LetterPrinter {
public:
    explicit CupsLetterPrinter(CupsSettings settings) : settings_(std::move(settings)) {}

    std::vector<LetterOutcome> print(const std::vector<Document>& documents,
                                     const std::function<void(const Progress&)>& on_progress) override;

    std::string destination_description() const override;

private:
    CupsSettings settings_;
};

}  // namespace kiosk::print
