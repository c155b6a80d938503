// `letter-kiosk set-pin`: sets the staff PIN that unlocks staff mode on the kiosk.
#include <unistd.h>

#include <iostream>
#include <string>

#include "app/commands.h"
#include "app/secret_input.h"
#include "content/terminal_text.h"
#include "store/data_dir.h"
#include "store/staff_lock.h"

namespace kiosk::app {

CommandRunner add_set_pin_command(CLI::App& app, CommonOptions& options) {
    CLI::App* command = app.add_subcommand(
        "set-pin", "Set the staff PIN (4 to 12 digits, read from standard input; stored only as a hash)");
    options.add_data_dir(*command);
    return [&options] {
        if (const auto refusal = options.refuse_paths()) {
            std::cerr << "letter-kiosk set-pin: " << content::terminal_safe(*refusal) << "; nothing was changed\n";
            return BadInput;
        }
        // A longer line is refused unread: it is no PIN (store::is_valid_pin).
        constexpr std::size_t most_digits = 12;
        const auto typed = read_secret("New staff PIN (4 to 12 digits): ", most_digits);
        const std::string pin = typed ? *typed : "";
        if (!store::is_valid_pin(pin)) {
            std::cerr << "letter-kiosk: a staff PIN is 4 to 12 digits; nothing was changed\n";
            return BadInput;
        }
        if (::isatty(STDIN_FILENO) && read_secret("Type it again: ", most_digits) != typed) {
            std::cerr << "letter-kiosk: the two PINs differ; nothing was changed\n";
            return BadInput;
        }
        const auto data_dir = store::resolve_data_dir(options.data_dir);
        if (auto saved = store::set_staff_pin(data_dir, pin); !saved) {
            std::cerr << "letter-kiosk: " << content::terminal_safe(saved.error()) << "\n";
            return SystemFailure;
        }
        std::cout << "Staff PIN saved (as a hash) in " << content::terminal_safe((data_dir / "staff-pin").string())
                  << "\n";
        return Success;
    };
}

}  // namespace kiosk::app
