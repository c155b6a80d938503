// The installed content packs, kept under <data folder>/content:
//
//   packs/<id>/          each installed pack, never changed once there
//   packs/<id>.staging/  a pack being copied in (left by a crash: removed next time)
//   current -> packs/<id>    the pack the kiosk uses
//   previous -> packs/<id>   the one before it, for rollback
//
// A pack is copied (or unpacked) into a staging folder on the same file system,
// checked there with the check-content rules (and its signature, when a key is
// trusted), flushed to disk, renamed into packs/, and only then made current by
// renaming a new link over `current` — one rename(2), so a power cut, a full disk or
// a stick taken out at any moment leaves either the old pack or the new one in use,
// each whole. Installs and rollbacks by two programs at once are serialised by a lock.
#pragma once

#include <atomic>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "content/problem.h"
#include "install/disk_steps.h"
#include "install/minisign.h"
#include "install/staging_tree.h"
#include "store/event_settings.h"

namespace kiosk::install {

struct InstallOptions {
    std::optional<minisign::PublicKey> trusted_key;  // set: only packs signed with it install
    bool allow_older = false;   // install even when the version is not newer than the current one
    bool check_only = false;    // stage and check, report, then discard: nothing changes
    ProgressCallback progress;  // called after each file copied
    const std::atomic<bool>* cancel = nullptr;  // set: the work stops at the next entry (Cancelled)
    UnpackLimits limits;
    // Unset: looked up with statfs (FAT and exFAT ignore case). Tests set it.
    std::optional<bool> case_insensitive_source;
};

struct InstalledPack {
    std::string name;
    std::string version;
    std::filesystem::path folder;      // where it now is (empty with check_only)
    std::string version_in_use;        // the version of the pack that was current; "" when none
    std::vector<std::string> changes;  // pack_changes.h, against the pack that was current
};

struct InstallRefusal {
    enum class Reason { BadPack, NotSigned, NotNewer, SystemFailure, Cancelled };
    Reason reason = Reason::BadPack;
    std::string message;                     // one plain sentence
    std::vector<content::Problem> problems;  // BadPack: each problem, placed in the source
};

// The key named by `trusted_key` in the event settings, read; nullopt when none is set.
// An unreadable key is "<why> (trusted_key in the event settings)".
tl::expected<std::optional<minisign::PublicKey>, std::string> trusted_key(const store::EventSettings& settings);

class ContentStore {
public:
    explicit ContentStore(std::filesystem::path data_dir, FaultPlan faults = FaultPlan::from_environment());

    const std::filesystem::path& root() const { return root_; }
    // The folders `current` and `previous` lead to, or nullopt when there is none.
    std::optional<std::filesystem::path> current() const;
    std::optional<std::filesystem::path> previous() const;

    // `source` is a pack folder or one archive (.zip, .tar.gz, .tgz). An archive may hold
    // the pack at its top or inside one folder.
    tl::expected<InstalledPack, InstallRefusal> install(const std::filesystem::path& source,
                                                        const InstallOptions& options);
    // Makes the previous pack current and the current one previous (so a second
    // rollback undoes the first). Returns the folder now current.
    tl::expected<std::filesystem::path, std::string> rollback();

private:
    std::optional<std::filesystem::path> link_target(const char* name) const;
    tl::expected<void, std::string> point(const char* name, const std::filesystem::path& pack_folder, DiskSteps& steps);
    void flush_root(DiskSteps& steps);  // after a switch: nothing left to undo
    bool link_resolved(const char* name) const;
    void remove_unused_packs() const;

    std::filesystem::path root_;
    FaultPlan faults_;
};

}  // namespace kiosk::install
