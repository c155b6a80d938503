// Placeholder until the module behind `run` lands; replaced by its real command.
#include <iostream>

#include "app/commands.h"

namespace kiosk::app {

CommandRunner add_run_command(CLI::App& app, CommonOptions&) {
    app.add_subcommand("run", "(not built yet)");
    return [] {
        std::cerr << "letter-kiosk: 'run' is not built yet\n";
        return SystemFailure;
    };
}

}  // namespace kiosk::app
