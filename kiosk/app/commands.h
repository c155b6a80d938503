// The subcommands of `letter-kiosk`. Each lives in its own command_*.cpp, adds its
// options to the CLI11 app and returns what to run when it is chosen.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "content/problem.h"

namespace kiosk::app {

// Exit codes of every subcommand (PRODUCT.md, "Command line").
enum ExitCode : int { Success = 0, BadInput = 1, Usage = 2, SystemFailure = 3 };

// Options several subcommands share; each command adds the ones it needs.
struct CommonOptions {
    std::filesystem::path data_dir;  // all kept state; default: the user's data dir
    std::string printer;             // a print::PrinterAddress as written; default: config, then CUPS default
    std::filesystem::path save_dir;  // where letters go when there is no printer
    std::filesystem::path config_file;
    std::filesystem::path content_dir;  // default: the built-in campaign

    void add_data_dir(CLI::App& command);
    void add_printer(CLI::App& command);
    void add_save_dir(CLI::App& command);
    void add_config(CLI::App& command);
    CLI::Option* add_content(CLI::App& command);

    // Why a path given to --data-dir, --save-dir or --config cannot be used, as one plain
    // sentence, or nullopt. Checked before a command does any work, so a path the system
    // refuses (too long, a loop of links, no permission) or a file where a folder should
    // be ends the command with exit 1 and a sentence, never an exception.
    std::optional<std::string> refuse_paths() const;

    // The event settings to read: --config when given, else the file the staff screen
    // saves in the data folder when there is one, else "" (the defaults). Every command
    // reads the file the kiosk runs with, so install-content refuses what the kiosk would.
    std::filesystem::path settings_file() const;
};

// Prints a pack's problems as check-content does: one `path:line:column: message` a
// line, sorted by file and place so a file's problems read top to bottom.
void print_pack_problems(std::vector<content::Problem> problems, std::ostream& out);

// "1280x800" (320 to 10000 a side) into its width and height; false for anything else.
bool parse_window_size(const std::string& text, unsigned& width, unsigned& height);

// --date YYYY-MM-DD into `date`, refused unless it is a real calendar day: the day taken
// as today (a letter's date; terms of office end by it). Tests and staff use it to see
// the pack as it will be on the day of an event.
void add_date_option(CLI::App& command, std::string& date, const std::string& description);

// What is wrong with `text` as --printer or the settings' `printer:`, "" when nothing is
// (print::parse_printer_address).
std::string printer_address_problem(const std::string& text);

// A CLI11 check refusing a value `problem` finds fault with ("" when none), as
// "'VALUE': the problem", control characters escaped; `shape` is shown in --help.
CLI::Validator value_check(std::function<std::string(const std::string&)> problem, std::string shape);

// The built-in campaign (content/default), wherever the program was built or installed.
std::filesystem::path default_content_dir();

using CommandRunner = std::function<int()>;

CommandRunner add_run_command(CLI::App& app, CommonOptions& options);
CommandRunner add_check_content_command(CLI::App& app, CommonOptions& options);
CommandRunner add_letter_command(CLI::App& app, CommonOptions& options);
CommandRunner add_print_command(CLI::App& app, CommonOptions& options);
CommandRunner add_printers_command(CLI::App& app, CommonOptions& options);
CommandRunner add_set_pin_command(CLI::App& app, CommonOptions& options);
CommandRunner add_install_content_command(CLI::App& app, CommonOptions& options);
CommandRunner add_rollback_content_command(CLI::App& app, CommonOptions& options);
CommandRunner add_sign_content_command(CLI::App& app, CommonOptions& options);
CommandRunner add_find_content_command(CLI::App& app, CommonOptions& options);
CommandRunner add_export_counts_command(CLI::App& app, CommonOptions& options);
CommandRunner add_preview_command(CLI::App& app, CommonOptions& options);

}  // namespace kiosk::app
