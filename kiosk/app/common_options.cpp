#include <cstdio>
#include <cstdlib>
#include <system_error>

#include "app/commands.h"
#include "base/shortened.h"
#include "content/terminal_text.h"
#include "content/value_formats.h"
#include "print/printer_address.h"
#include "store/data_dir.h"
#include "store/event_settings.h"

namespace kiosk::app {

void CommonOptions::add_data_dir(CLI::App& command) {
    command.add_option("--data-dir", data_dir, "Folder for everything the kiosk keeps (settings, counters, installed packs)");
}

void CommonOptions::add_printer(CLI::App& command) {
    command
        .add_option("--printer", printer,
                    "CUPS queue to print to: QUEUE on this computer, QUEUE@HOST[:PORT] or ipp://HOST[:PORT]/printers/QUEUE "
                    "on another CUPS server (default: the configured one, then the CUPS default)")
        ->check(value_check(printer_address_problem, "QUEUE[@HOST[:PORT]]"));
}

std::string printer_address_problem(const std::string& text) {
    const auto address = print::parse_printer_address(text);
    return address ? std::string{} : address.error();
}

void CommonOptions::add_save_dir(CLI::App& command) {
    command.add_option("--save-dir", save_dir, "Folder to save letters in when there is no printer");
}

void CommonOptions::add_config(CLI::App& command) {
    command.add_option("--config", config_file, "Event settings file (YAML)");
}

CLI::Option* CommonOptions::add_content(CLI::App& command) {
    content_dir = default_content_dir();
    return command.add_option("--content", content_dir, "Content pack folder")->capture_default_str();
}

namespace {

namespace fs = std::filesystem;

// Why `path`, given to `option`, cannot be used, or nullopt. A missing folder is fine:
// it is made when first needed.
std::optional<std::string> refuse(const char* option, const fs::path& path, fs::file_type wanted) {
    if (path.empty()) return std::nullopt;
    std::error_code error;
    const fs::file_type type = fs::status(path, error).type();
    const std::string named = std::string(option) + ": " + base::shortened_path(path.string());
    if (type == fs::file_type::not_found) {
        if (wanted == fs::file_type::directory) return std::nullopt;
        return named + ": no such file";
    }
    if (error) return named + ": cannot be used: " + error.message();
    if (type != wanted) return named + (wanted == fs::file_type::directory ? ": is not a folder" : ": is not a file");
    return std::nullopt;
}

}  // namespace

std::optional<std::string> CommonOptions::refuse_paths() const {
    if (auto refusal = refuse("--data-dir", data_dir, fs::file_type::directory)) return refusal;
    if (auto refusal = refuse("--save-dir", save_dir, fs::file_type::directory)) return refusal;
    return refuse("--config", config_file, fs::file_type::regular);
}

fs::path CommonOptions::settings_file() const {
    if (!config_file.empty()) return config_file;
    const fs::path saved = store::default_settings_file(store::resolve_data_dir(data_dir));
    std::error_code no_file;
    return fs::exists(saved, no_file) ? saved : fs::path();
}

bool parse_window_size(const std::string& text, unsigned& width, unsigned& height) {
    unsigned w = 0, h = 0;
    char x = 0, extra = 0;
    if (std::sscanf(text.c_str(), "%u%c%u%c", &w, &x, &h, &extra) != 3 || (x != 'x' && x != 'X')) return false;
    if (w < 320 || h < 320 || w > 10000 || h > 10000) return false;
    width = w;
    height = h;
    return true;
}

CLI::Validator value_check(std::function<std::string(const std::string&)> problem, std::string shape) {
    return CLI::Validator(
        [problem = std::move(problem)](std::string& value) {
            const std::string found = problem(value);
            return found.empty()
                       ? found
                       : "'" + content::terminal_safe(base::shortened(value)) + "': " + content::terminal_safe(found);
        },
        std::move(shape));
}

void add_date_option(CLI::App& command, std::string& date, const std::string& description) {
    const CLI::Validator real_day(
        [](std::string& value) {
            return content::is_iso_date(value) ? std::string{} : "should be a real day written YYYY-MM-DD, like 2027-02-01";
        },
        "YYYY-MM-DD");
    command.add_option("--date", date, description)->check(real_day);
}

std::filesystem::path default_content_dir() {
    if (const char* from_environment = std::getenv("LETTER_KIOSK_CONTENT")) return from_environment;
    return KIOSK_DEFAULT_CONTENT_DIR;
}

}  // namespace kiosk::app
