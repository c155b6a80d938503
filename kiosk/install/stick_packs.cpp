#include "install/stick_packs.h"

#include <utility>

#include "content/terminal_text.h"
#include "install/pack_version.h"

namespace kiosk::install {

StickPacks::StickPacks(ContentStore& store, std::vector<std::filesystem::path> folders, InstallOptions options,
                       std::filesystem::path mount_table)
    : store_(store),
      options_(std::move(options)),
      watcher_(folders.empty() ? StickWatcher::default_folders() : std::move(folders), std::move(mount_table)) {}

const std::vector<PackOnStick>& StickPacks::packs() {
    const StickWatcher::Changes changes = watcher_.refresh();
    if (!read_once_ || !changes.added.empty() || !changes.removed.empty()) check_all();
    read_once_ = true;
    return packs_;
}

std::optional<std::filesystem::path> StickPacks::first_stick() const {
    if (watcher_.sticks().empty()) return std::nullopt;
    return watcher_.sticks().front().mount_point;
}

void StickPacks::check_all() {
    packs_.clear();
    InstallOptions check = options_;
    check.check_only = true;
    check.allow_older = true;  // staff see what a pack holds whatever its version; Install asks first
    for (const Stick& stick : watcher_.sticks()) {
        for (const std::filesystem::path& source : stick.packs) {
            PackOnStick found{source, content::terminal_safe(source.filename().string()), {}, {}, {}, {}, false};
            const auto checked = store_.install(source, check);
            if (checked) {
                found.name = content::terminal_safe(checked->name + ", version " + checked->version);
                found.version = content::terminal_safe(checked->version);
                found.version_in_use = content::terminal_safe(checked->version_in_use);
                found.not_newer =
                    !checked->version_in_use.empty() && compare_versions(checked->version, checked->version_in_use) <= 0;
                for (const std::string& line : checked->changes) found.changes.push_back(content::terminal_safe(line));
            } else {
                for (const content::Problem& problem : checked.error().problems) {
                    found.errors.push_back(content::terminal_safe(problem.to_string()));
                }
                if (found.errors.empty()) found.errors.push_back(content::terminal_safe(checked.error().message));
            }
            packs_.push_back(std::move(found));
        }
    }
}

tl::expected<InstalledPack, InstallRefusal> StickPacks::install(std::size_t index, bool older_confirmed) {
    if (index >= packs_.size()) {
        return tl::make_unexpected(InstallRefusal{InstallRefusal::Reason::SystemFailure, "the stick was taken out", {}});
    }
    // As install-content without --allow-older: the store compares the versions again.
    InstallOptions options = options_;
    options.allow_older = older_confirmed;
    return store_.install(packs_[index].source, options);
}

}  // namespace kiosk::install
