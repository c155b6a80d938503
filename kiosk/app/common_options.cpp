#include <cstdlib>

#include "app/commands.h"

namespace kiosk::app {

void CommonOptions::add_data_dir(CLI::App& command) {
    command.add_option("--data-dir", data_dir, "Folder for everything the kiosk keeps (settings, counters, installed packs)");
}

void CommonOptions::add_printer(CLI::App& command) {
    command.add_option("--printer", printer, "CUPS printer to use (default: the configured one, then the CUPS default)");
}

void CommonOptions::add_save_dir(CLI::App& command) {
    command.add_option("--save-dir", save_dir, "Folder to save letters in when there is no printer");
}

void CommonOptions::add_config(CLI::App& command) {
    command.add_option("--config", config_file, "Event settings file (YAML)")->check(CLI::ExistingFile);
}

void CommonOptions::add_content(CLI::App& command) {
    content_dir = default_content_dir();
    command.add_option("--content", content_dir, "Content pack folder")->capture_default_str();
}

std::filesystem::path default_content_dir() {
    if (const char* from_environment = std::getenv("LETTER_KIOSK_CONTENT")) return from_environment;
    return KIOSK_DEFAULT_CONTENT_DIR;
}

}  // namespace kiosk::app
