// A printer's state in plain words: what CUPS reports (printer-state,
// printer-state-reasons, printer-is-accepting-jobs) mapped to one message key of
// print_messages.h that a visitor or staff member can act on.
#pragma once

#include <string>
#include <vector>

#include "print/print_messages.h"

namespace kiosk::print {

// What CUPS says about a queue, without libcups types so screens can hold it.
struct PrinterCondition {
    enum class State { Idle, Processing, Stopped } state = State::Idle;
    std::vector<std::string> reasons;  // IPP keywords: "media-empty-error", "paused", ...
    std::string message;               // printer-state-message, for staff
    bool accepting_jobs = true;
};

struct PrinterStatus {
    std::string message_key;  // "print.ready", "print.out-of-paper", ...
    Severity severity = Severity::Ok;
};

// Why something could not be done, for the visitor (`message_key`) and for staff
// (`detail`, which never holds personal data).
struct PrintFailure {
    std::string message_key;
    std::string detail;
};

// The status a message key stands for (its severity from the message table).
PrinterStatus status_of(std::string key);

// The most useful thing to say about `condition`.
PrinterStatus describe(const PrinterCondition& condition);

// The message key for the first reason among `reasons` that stops printing
// (out of paper, jam, door open, ink empty, offline), or "" when none does.
std::string blocking_reason_key(const std::vector<std::string>& reasons);

}  // namespace kiosk::print
