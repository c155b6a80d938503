// `letter-kiosk sign-content PACK --secret-key FILE`: on the staff laptop, signs a pack
// for kiosks that install only signed packs: writes pack.manifest (every file and its
// hash, install/pack_manifest.h) and pack.manifest.minisig (minisign's format, so
// `minisign -V -p KEY.pub -m PACK/pack.manifest` checks it too) into the pack folder.
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "app/commands.h"
#include "app/secret_input.h"
#include "base/bounded_read.h"
#include "content/counted.h"
#include "content/shown_path.h"
#include "content/terminal_text.h"
#include "install/minisign.h"
#include "install/pack_manifest.h"
#include "letter/checked_pack.h"
#include "base/atomic_file.h"

namespace kiosk::app {
namespace {

using content::terminal_safe;

struct SignArguments {
    std::filesystem::path pack;
    std::filesystem::path secret_key;
};

int sign(const SignArguments& arguments) {
    const char* name = "letter-kiosk sign-content: ";
    // Only a pack that installs is worth signing.
    auto pack = letter::load_checked_pack(arguments.pack);
    if (!pack) {
        print_pack_problems(pack.error(), std::cerr);
        std::cerr << name << terminal_safe(content::shown_path(arguments.pack)) << " has "
                  << content::counted(pack.error().size(), "problem", "problems") << "; fix them (check-content), then sign\n";
        return BadInput;
    }
    // A minisign secret key file is a few hundred bytes; a named pipe is not waited on.
    const auto key_text = base::read_regular_file(arguments.secret_key, 4096);
    if (!key_text) {
        std::cerr << name << "cannot read the secret key: " << terminal_safe(key_text.error()) << "\n";
        return BadInput;
    }
    // A password longer than any a person types is refused unread (it cannot open the key).
    std::string password_problem;
    auto key = install::minisign::read_secret_key(*key_text, arguments.secret_key.string(), [&password_problem] {
        auto password = read_secret("Password of the secret key: ", 1024);
        if (!password) password_problem = "the password " + password.error();
        return password ? *password : std::string{};
    });
    if (!password_problem.empty()) {
        std::cerr << name << password_problem << "; nothing was signed\n";
        return BadInput;
    }
    if (!key) {
        std::cerr << name << terminal_safe(key.error()) << "\n";
        return BadInput;
    }
    auto manifest = install::pack_manifest(arguments.pack);
    if (!manifest) {
        std::cerr << name << terminal_safe(manifest.error()) << "\n";
        return BadInput;
    }
    const std::string comment = "letter-kiosk pack: " + pack->info.name + " " + pack->info.version +
                                "; signed at " + std::to_string(std::time(nullptr));
    const std::string signature = install::minisign::sign(*key, *manifest, terminal_safe(comment));
    for (const auto& [file, bytes] : {std::pair{install::manifest_name, *manifest}, {install::signature_name, signature}}) {
        if (auto written = base::write_file_atomically(arguments.pack / file, bytes, 0644); !written) {
            std::cerr << name << terminal_safe(written.error()) << "\n";
            return SystemFailure;
        }
    }
    std::cout << "Signed " << terminal_safe(pack->info.name) << " " << terminal_safe(pack->info.version) << " with key "
              << install::minisign::key_id_text(key->id) << ": " << terminal_safe((arguments.pack / install::signature_name).string())
              << "\nAny later change to the pack's files needs signing again.\n";
    return Success;
}

}  // namespace

CommandRunner add_sign_content_command(CLI::App& app, CommonOptions&) {
    auto arguments = std::make_shared<SignArguments>();
    CLI::App* command = app.add_subcommand(
        "sign-content", "Sign a content pack folder with a minisign secret key (its password, if any, is read from "
                        "standard input), for kiosks with trusted_key in their event settings");
    command->add_option("PACK", arguments->pack, "The pack folder")->required()->check(CLI::ExistingDirectory);
    command->add_option("--secret-key", arguments->secret_key, "minisign secret key file (minisign -G makes one)")
        ->required();
    return [arguments] { return sign(*arguments); };
}

}  // namespace kiosk::app
