// `letter-kiosk install-content SRC` and `rollback-content`: the content pack the kiosk
// uses, installed from a folder or an archive into the data folder's store
// (install/content_store.h), never overwriting the pack in use, and switched back.
#include <unistd.h>

#include <iostream>
#include <memory>

#include "app/commands.h"
#include "base/shortened.h"
#include "content/terminal_text.h"
#include "install/content_store.h"
#include "store/data_dir.h"
#include "store/event_settings.h"

namespace kiosk::app {
namespace {

using content::terminal_safe;

struct InstallArguments {
    std::filesystem::path source;
    bool allow_older = false;
    bool check_only = false;
};

std::string kilobytes(std::uint64_t bytes) { return std::to_string((bytes + 1023) / 1024) + " KB"; }

// On a terminal, one line rewritten as files are copied; elsewhere (logs, tests) nothing.
install::ProgressCallback progress_printer() {
    if (!::isatty(STDERR_FILENO)) return {};
    return [](const install::CopyProgress& progress) {
        // The step in words ("Checking the signature"); "\033[K" clears what a longer one left.
        const std::string step = progress.step.empty() ? "Copying" : terminal_safe(base::shortened(progress.step, 80));
        std::cerr << "\r\033[K" << step << ": " << progress.files_done << " files, " << kilobytes(progress.bytes_done);
        if (progress.bytes_expected > 0) {
            std::cerr << " of " << kilobytes(progress.bytes_expected) << " ("
                      << progress.bytes_done * 100 / progress.bytes_expected << " %)";
        }
        std::cerr << std::flush;
    };
}

int install(const CommonOptions& common, const InstallArguments& arguments) {
    const char* name = "letter-kiosk install-content: ";
    if (const auto refusal = common.refuse_paths()) {
        std::cerr << name << terminal_safe(*refusal) << "; nothing was installed\n";
        return BadInput;
    }
    const auto settings = store::load_event_settings(common.settings_file());
    if (!settings) {
        std::cerr << name << terminal_safe(settings.error()) << "; nothing was installed\n";
        return BadInput;
    }
    install::InstallOptions options;
    options.allow_older = arguments.allow_older;
    options.check_only = arguments.check_only;
    options.progress = progress_printer();
    const auto key = install::trusted_key(*settings);
    if (!key) {
        std::cerr << name << terminal_safe(key.error()) << "; nothing was installed\n";
        return BadInput;
    }
    options.trusted_key = *key;

    install::ContentStore store(store::resolve_data_dir(common.data_dir));
    const auto installed = store.install(arguments.source, options);
    if (options.progress) std::cerr << "\n";
    if (!installed) {
        using Reason = install::InstallRefusal::Reason;
        const install::InstallRefusal& refusal = installed.error();
        print_pack_problems(refusal.problems, std::cerr);
        std::cerr << name << terminal_safe(refusal.message);
        if (refusal.reason == Reason::NotNewer) std::cerr << "; to install it anyway, add --allow-older";
        std::cerr << "; nothing was installed\n";
        return refusal.reason == Reason::SystemFailure ? SystemFailure : BadInput;
    }
    std::cout << (arguments.check_only ? "Would install " : "Installed ") << terminal_safe(installed->name) << " "
              << terminal_safe(installed->version);
    if (!arguments.check_only) std::cout << " in " << terminal_safe(installed->folder.string());
    std::cout << "\n";
    for (const std::string& change : installed->changes) std::cout << "  " << terminal_safe(change) << "\n";
    return Success;
}

int rollback(const CommonOptions& common) {
    if (const auto refusal = common.refuse_paths()) {
        std::cerr << "letter-kiosk rollback-content: " << terminal_safe(*refusal) << "; nothing was changed\n";
        return BadInput;
    }
    install::ContentStore store(store::resolve_data_dir(common.data_dir));
    const auto now_current = store.rollback();
    if (!now_current) {
        std::cerr << "letter-kiosk rollback-content: " << terminal_safe(now_current.error()) << "; nothing was changed\n";
        return BadInput;
    }
    std::cout << "The kiosk now uses the pack in " << terminal_safe(now_current->string())
              << " (rollback-content again goes back)\n";
    return Success;
}

}  // namespace

CommandRunner add_install_content_command(CLI::App& app, CommonOptions& common) {
    auto arguments = std::make_shared<InstallArguments>();
    CLI::App* command = app.add_subcommand(
        "install-content", "Install a content pack (a folder, or a .zip, .tar.gz or .tgz file) for the kiosk: checked "
                           "like check-content, then switched in whole; the pack it replaces is kept for "
                           "rollback-content. A running kiosk uses it from its next visit");
    command->add_option("SRC", arguments->source, "The pack folder or archive file")->required();
    command->add_flag("--allow-older", arguments->allow_older,
                      "Install even when the pack's version is not newer than the installed one");
    command->add_flag("--check-only", arguments->check_only, "Check the pack and say what would change; install nothing");
    common.add_data_dir(*command);
    common.add_config(*command);
    return [&common, arguments] { return install(common, *arguments); };
}

CommandRunner add_rollback_content_command(CLI::App& app, CommonOptions& common) {
    CLI::App* command = app.add_subcommand(
        "rollback-content", "Go back to the content pack installed before the current one (again: forward)");
    common.add_data_dir(*command);
    return [&common] { return rollback(common); };
}

}  // namespace kiosk::app
