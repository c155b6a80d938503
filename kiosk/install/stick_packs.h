// The campaign packs on the USB sticks mounted now, each checked as install-content
// checks it (staged, validated, compared with the pack in use; nothing installed), for
// the staff screen's Campaign tab; and installing one of them.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "install/content_store.h"
#include "install/stick_watcher.h"

namespace kiosk::install {

struct PackOnStick {
    std::filesystem::path source;      // the folder or archive on the stick
    std::string name;                  // "Write for Compassionate Release, version 4", or the file's name
    std::vector<std::string> changes;  // what installing it would change, when it can be installed
    std::vector<std::string> errors;   // why it cannot: each problem "file:line:column: message", or one sentence
    std::string version;               // pack.yaml's, when it can be installed
    std::string version_in_use;        // the installed pack's; "" when none is installed
    bool not_newer = false;            // its version is the same as or older than the one in use
};

class StickPacks {
public:
    // `folders`: where sticks are mounted (empty: StickWatcher's defaults); `mount_table`
    // is for tests. `options` are the kiosk's (trusted key); check_only is set here.
    StickPacks(ContentStore& store, std::vector<std::filesystem::path> folders, InstallOptions options,
               std::filesystem::path mount_table = "/proc/self/mountinfo");

    // Reads the mount table; checks the packs again only when a stick came or went.
    const std::vector<PackOnStick>& packs();
    // The first stick mounted now, if any (where counts are exported).
    std::optional<std::filesystem::path> first_stick() const;
    ContentStore& store() { return store_; }
    // Installs packs()[index], as listed by the last call of packs(). A pack not newer
    // than the one in use is refused (NotNewer) unless `older_confirmed`: staff were
    // asked and chose it.
    tl::expected<InstalledPack, InstallRefusal> install(std::size_t index, bool older_confirmed = false);

private:
    void check_all();

    ContentStore& store_;
    InstallOptions options_;
    StickWatcher watcher_;
    bool read_once_ = false;
    std::vector<PackOnStick> packs_;
};

}  // namespace kiosk::install
