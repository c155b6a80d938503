// Placeholder until the module behind `print` lands; replaced by its real command.
#include <iostream>

#include "app/commands.h"

namespace kiosk::app {

CommandRunner add_print_command(CLI::App& app, CommonOptions&) {
    app.add_subcommand("print", "(not built yet)");
    return [] {
        std::cerr << "letter-kiosk: 'print' is not built yet\n";
        return SystemFailure;
    };
}

}  // namespace kiosk::app
