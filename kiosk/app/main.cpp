// letter-kiosk: one program, one subcommand per job. With no subcommand it runs the kiosk.
#include <malloc.h>

#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "app/commands.h"
#include "base/shortened.h"
#include "content/terminal_text.h"

namespace {

bool is_bad_path(const std::error_code& code) {
    for (const std::errc bad :
         {std::errc::filename_too_long, std::errc::no_such_file_or_directory, std::errc::not_a_directory,
          std::errc::too_many_symbolic_link_levels, std::errc::permission_denied, std::errc::is_a_directory}) {
        if (code == bad) return true;
    }
    return false;
}

// CLI11 quotes a wrong argument whole in its messages ("The following argument was not
// expected: ..."), and an argument can be of any length: each long one is shortened
// where it appears, the whole of it or the value after "--option=". A line still long
// after that (an argument CLI11 changed before quoting it) is shortened too.
std::string with_long_arguments_shortened(std::string message, int argc, char** argv) {
    const auto shorten = [&message](std::string_view argument) {
        const std::string shown = kiosk::base::shortened(argument);
        if (shown.size() >= argument.size()) return;
        for (auto at = message.find(argument); at != std::string::npos; at = message.find(argument, at + shown.size()))
            message.replace(at, argument.size(), shown);
    };
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        shorten(argument);
        if (const auto equals = argument.find('='); equals != std::string_view::npos)
            shorten(argument.substr(equals + 1));
    }
    std::string lines;
    std::istringstream in(message);
    for (std::string line; std::getline(in, line);) lines += kiosk::base::shortened(line, 400) + "\n";
    return lines;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace kiosk::app;
    // C libraries (zlib inside libharu, libcups) free buffers that held a letter's text:
    // glibc overwrites freed heap chunks with this byte. C++ allocations are wiped in
    // full by wipe_on_free.cpp (glibc skips the smallest chunks it caches per thread).
    mallopt(M_PERTURB, 0x5a);

    CLI::App app{"Letter Kiosk: a touchscreen station that prints letters asking officials "
                 "for compassionate release.\nWith no command, starts the kiosk (same as `run`)."};
    app.set_help_all_flag("--help-all", "Show help for every command");
    app.failure_message([argc, argv](const CLI::App* failed, const CLI::Error& error) {
        return with_long_arguments_shortened(CLI::FailureMessage::simple(failed, error), argc, argv);
    });
    CommonOptions options;

    std::vector<std::pair<CLI::App*, CommandRunner>> commands;
    auto add = [&](CommandRunner (*add_command)(CLI::App&, CommonOptions&)) {
        const auto before = app.get_subcommands({}).size();
        CommandRunner runner = add_command(app, options);
        commands.emplace_back(app.get_subcommands({}).at(before), std::move(runner));
    };
    add(add_run_command);
    add(add_check_content_command);
    add(add_letter_command);
    add(add_print_command);
    add(add_printers_command);
    add(add_set_pin_command);
    add(add_install_content_command);
    add(add_rollback_content_command);
    add(add_sign_content_command);
    add(add_find_content_command);
    add(add_export_counts_command);
    add(add_preview_command);
    app.require_subcommand(0, 1);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return Usage;
    }

    // Whatever escapes a command becomes one plain line and exit 3, never an abort; a
    // path the system refuses is the user's to fix (exit 1).
    try {
        for (auto& [command, runner] : commands) {
            if (command->parsed()) return runner();
        }
        return commands.front().second();  // no subcommand: run the kiosk
    } catch (const std::filesystem::filesystem_error& error) {
        std::cerr << "letter-kiosk: cannot use "
                  << kiosk::content::terminal_safe(kiosk::base::shortened_path(error.path1().string())) << ": "
                  << error.code().message() << '\n';
        return is_bad_path(error.code()) ? BadInput : SystemFailure;
    } catch (const std::exception& error) {
        std::cerr << "letter-kiosk: stopped by an unexpected error: " << kiosk::content::terminal_safe(error.what())
                  << '\n';
    } catch (...) {
        std::cerr << "letter-kiosk: stopped by an unexpected error\n";
    }
    return SystemFailure;
}
