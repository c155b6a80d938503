// `letter-kiosk printers`: the CUPS print queues and their state in words.
#include <algorithm>
#include <iostream>
#include <memory>
#include <string>

#include "app/commands.h"
#include "content/terminal_text.h"
#include "print/cups_destinations.h"
#include "print/print_messages.h"
#include "print/printer_address.h"

namespace kiosk::app {
namespace {

// `server`: "HOST:PORT" as parse_cups_server gives it; "" for what libcups would ask.
int list_printers(const std::string& server) {
    const auto destinations = print::list_destinations(server);
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
    auto server = std::make_shared<std::string>();
    const CLI::Validator cups_server = value_check(
        [](const std::string& value) {
            const auto parsed = print::parse_cups_server(value);
            return parsed ? std::string{} : parsed.error();
        },
        "HOST[:PORT]");
    command
        ->add_option("--server", *server,
                     "The CUPS server to ask, as lpstat -h takes it (default: this computer's, or $CUPS_SERVER); "
                     "its queues are then QUEUE@HOST[:PORT] for --printer")
        ->check(cups_server);
    command->footer("Exit status: 0 listed, 3 the CUPS scheduler is not running.");
    return [server] { return list_printers(server->empty() ? "" : *print::parse_cups_server(*server)); };
}

}  // namespace kiosk::app
