#include "print/staff_printer_status.h"

namespace kiosk::print {
namespace {

// "print.out-of-paper" → "out-of-paper": the same causes as the visitor's messages.
std::string cause_of(const std::string& visitor_key) { return visitor_key.substr(visitor_key.find('.') + 1); }

}  // namespace

std::string staff_status_key(const PrinterCondition& condition) {
    using State = PrinterCondition::State;
    const std::string blocking = blocking_reason_key(condition.reasons);
    if (condition.state == State::Stopped) {
        // A stopped queue stays stopped once the cause is fixed (CUPS does this on purpose):
        // staff must be told both what to fix and to Resume.
        return blocking.empty() ? "staff.printer.stopped" : "staff.printer.stopped." + cause_of(blocking);
    }
    if (!condition.accepting_jobs) return "staff.printer.not-accepting";
    if (condition.state == State::Processing && !blocking.empty()) return "staff.printer.waiting." + cause_of(blocking);
    const std::string visitor = describe(condition).message_key;
    if (visitor == "print.toner-low") return "staff.printer.toner-low";
    return condition.state == State::Processing ? "staff.printer.printing" : "staff.printer.ready";
}

std::string staff_failure_key(const PrintFailure& failure) {
    if (failure.message_key == "print.scheduler-down") return "staff.printer.no-scheduler";
    if (failure.message_key == "print.no-printer") return "staff.printer.not-found";
    return "staff.printer.unreachable";
}

}  // namespace kiosk::print
