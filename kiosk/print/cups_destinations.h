// The print queues the CUPS scheduler knows, with their state: for the `printers`
// command, the staff printer screen, and choosing a printer at start-up.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "print/printer_status.h"

namespace kiosk::print {

struct Destination {
    std::string name;
    bool is_default = false;
    PrinterCondition condition;
};

// `server` as for CupsSettings::server. Fails with "print.scheduler-down" when no
// scheduler answers.
tl::expected<std::vector<Destination>, PrintFailure> list_destinations(const std::string& server);

// The destination a job without a printer name goes to, if any.
tl::expected<std::optional<std::string>, PrintFailure> default_destination(const std::string& server);

}  // namespace kiosk::print
