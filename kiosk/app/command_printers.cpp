// `letter-kiosk printers`: the CUPS print queues and their state in words.
#include <algorithm>
#include <iostream>

#include "app/commands.h"
#include "content/terminal_text.h"
#include "print/cups_destinations.h"
#include "print/print_messages.h"

namespace kiosk::app {
namespace {

int list_printers() {
    const auto destinations = print::list_destinations("");
    if (!destinations) {
        std::cerr << "letter-kiosk printers: " << print::english_text(destinations.error().message_key) << "\n  "
                  << content::terminal_safe(destinations.error().detail) << "\n";
        return SystemFailure;
    }
    if (destinations->empty()) {
        std::cout << print::english_text("print.no-printer") << "\n";
        return Success;
    }
    // Queue names and state messages come from CUPS, which may relay any printer's.
    std::size_t width = 0;
    for (const auto& destination : *destinations) {
        width = std::max(width, content::terminal_safe(destination.name).size() + 10);
    }
    for (const auto& destination : *destinations) {
        const std::string name =
            content::terminal_safe(destination.name) + (destination.is_default ? " (default)" : "");
        std::cout << name << std::string(width + 2 - name.size(), ' ')
                  << print::english_text(print::describe(destination.condition).message_key);
        if (!destination.condition.message.empty()) {
            std::cout << " [" << content::terminal_safe(destination.condition.message) << "]";
        }
        std::cout << "\n";
    }
    return Success;
}

}  // namespace

CommandRunner add_printers_command(CLI::App& app, CommonOptions&) {
    auto* command = app.add_subcommand("printers", "List the CUPS printers and say what state each is in");
    command->footer("Exit status: 0 listed, 3 the CUPS scheduler is not running. Set CUPS_SERVER to ask another one.");
    return list_printers;
}

}  // namespace kiosk::app
