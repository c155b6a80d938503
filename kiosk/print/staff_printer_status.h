// A queue's state in staff words: what happened and what to do about it ("The queue is
// stopped after paper ran out: refill, then Resume"). Visitors keep their own words
// (printer_status.h): they are told to fetch staff, staff are told what to fix.
#pragma once

#include <string>

#include "print/printer_status.h"

namespace kiosk::print {

// A "staff.printer.*" string key; the words are the staff screen's (kiosk/ui/staff_words).
std::string staff_status_key(const PrinterCondition& condition);

// The staff key for a failure to reach the printer at all (no scheduler, no such queue).
std::string staff_failure_key(const PrintFailure& failure);

}  // namespace kiosk::print
