// Placeholder until the module behind `printers` lands; replaced by its real command.
#include <iostream>

#include "app/commands.h"

namespace kiosk::app {

CommandRunner add_printers_command(CLI::App& app, CommonOptions&) {
    app.add_subcommand("printers", "(not built yet)");
    return [] {
        std::cerr << "letter-kiosk: 'printers' is not built yet\n";
        return SystemFailure;
    };
}

}  // namespace kiosk::app
