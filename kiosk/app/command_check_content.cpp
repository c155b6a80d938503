// Placeholder until the module behind `check-content` lands; replaced by its real command.
#include <iostream>

#include "app/commands.h"

namespace kiosk::app {

CommandRunner add_check_content_command(CLI::App& app, CommonOptions&) {
    app.add_subcommand("check-content", "(not built yet)");
    return [] {
        std::cerr << "letter-kiosk: 'check-content' is not built yet\n";
        return SystemFailure;
    };
}

}  // namespace kiosk::app
