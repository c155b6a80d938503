// `letter-kiosk find-content [--watch]`: the USB sticks mounted under the stick folders
// and the content packs on each, as the staff screen lists them; with --watch, one line
// per stick as it comes and goes (the kiosk never mounts anything itself).
#include <iostream>
#include <memory>

#include "app/commands.h"
#include "content/counted.h"
#include "content/terminal_text.h"
#include "install/stick_watcher.h"
#include "store/event_settings.h"

namespace kiosk::app {
namespace {

using content::terminal_safe;

struct FindArguments {
    std::vector<std::filesystem::path> folders;
    bool watch = false;
};

void print_added(const install::Stick& stick) {
    std::cout << "stick " << terminal_safe(stick.mount_point.string()) << " (" << terminal_safe(stick.file_system)
              << "): " << content::counted(stick.packs.size(), "pack", "packs") << "\n";
    for (const auto& pack : stick.packs) std::cout << "  " << terminal_safe(pack.string()) << "\n";
}

int find(const CommonOptions& common, const FindArguments& arguments) {
    if (const auto refusal = common.refuse_paths()) {
        std::cerr << "letter-kiosk find-content: " << terminal_safe(*refusal) << '\n';
        return BadInput;
    }
    const auto settings = store::load_event_settings(common.settings_file());
    if (!settings) {
        std::cerr << "letter-kiosk find-content: " << terminal_safe(settings.error()) << '\n';
        return BadInput;
    }
    auto folders = arguments.folders;
    if (folders.empty()) folders = settings->stick_folders;
    if (folders.empty()) folders = install::StickWatcher::default_folders();
    install::StickWatcher watcher(folders);
    const auto present = watcher.refresh();
    if (present.added.empty() && !arguments.watch) std::cout << "No stick is mounted.\n";
    for (const auto& stick : present.added) print_added(stick);
    std::cout << std::flush;
    while (arguments.watch) {
        if (!watcher.wait(-1)) continue;
        const auto changes = watcher.refresh();
        for (const auto& gone : changes.removed) std::cout << "removed " << terminal_safe(gone.string()) << "\n";
        for (const auto& stick : changes.added) print_added(stick);
        std::cout << std::flush;
    }
    return Success;
}

}  // namespace

CommandRunner add_find_content_command(CLI::App& app, CommonOptions& common) {
    auto arguments = std::make_shared<FindArguments>();
    CLI::App* command = app.add_subcommand(
        "find-content", "List the USB sticks mounted under the stick folders and the content packs on them");
    command->add_option("--stick-folder", arguments->folders,
                        "Where sticks are mounted (repeatable; default: stick_folders in the event settings, else "
                        "/media, /run/media and /run/letter-kiosk/usb)");
    command->add_flag("--watch", arguments->watch, "Keep watching, one line per stick as it comes and goes");
    common.add_config(*command);
    return [&common, arguments] { return find(common, *arguments); };
}

}  // namespace kiosk::app
