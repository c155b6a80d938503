// Placeholder until the module behind `letter` lands; replaced by its real command.
#include <iostream>

#include "app/commands.h"

namespace kiosk::app {

CommandRunner add_letter_command(CLI::App& app, CommonOptions&) {
    app.add_subcommand("letter", "(not built yet)");
    return [] {
        std::cerr << "letter-kiosk: 'letter' is not built yet\n";
        return SystemFailure;
    };
}

}  // namespace kiosk::app
