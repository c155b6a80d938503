#include "install/content_store.h"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <map>
#include <sstream>

#include <fcntl.h>
#include <sodium.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/atomic_file.h"
#include "base/bounded_read.h"
#include "base/shortened.h"
#include "content/counted.h"
#include "content/pack_loader.h"
#include "content/shown_path.h"
#include "install/pack_changes.h"
#include "install/pack_entry_names.h"
#include "install/pack_manifest.h"
#include "install/pack_sources.h"
#include "install/pack_version.h"
#include "letter/checked_pack.h"

namespace kiosk::install {
namespace {

namespace fs = std::filesystem;

constexpr const char* current_link = "current";
constexpr const char* previous_link = "previous";
constexpr const char* staging_suffix = ".staging";

// Held for one install or rollback: two at once would each clean the other's staging.
// Only a lock already held means another install; any other failure says its real cause
// (a data folder that cannot be written once read "another install is running").
class StoreLock {
public:
    explicit StoreLock(const fs::path& root) : descriptor_(::open((root / ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600)) {
        if (descriptor_ < 0) {
            problem_ = "cannot write in " + root.string() + ": " + std::strerror(errno);
        } else if (::flock(descriptor_, LOCK_EX | LOCK_NB) != 0) {
            problem_ = errno == EWOULDBLOCK ? "another install or rollback is running in " + root.string()
                                            : "cannot lock " + (root / ".lock").string() + ": " + std::strerror(errno);
        }
    }
    ~StoreLock() {
        if (descriptor_ >= 0) ::close(descriptor_);
    }
    StoreLock(const StoreLock&) = delete;
    StoreLock& operator=(const StoreLock&) = delete;
    bool held() const { return problem_.empty(); }
    // Why the lock is not held, naming the data folder.
    const std::string& problem() const { return problem_; }

private:
    int descriptor_;
    std::string problem_;
};

std::string new_pack_id() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    ::localtime_r(&now, &local);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
    unsigned char random[3];
    randombytes_buf(random, sizeof random);
    char hex[7];
    sodium_bin2hex(hex, sizeof hex, random, sizeof random);
    return std::string("pack-") + stamp + "-" + hex;
}

InstallRefusal refusal(InstallRefusal::Reason reason, std::string message) {
    return InstallRefusal{reason, std::move(message), {}};
}

tl::expected<void, std::string> flush_folder(const fs::path& folder, DiskSteps& steps) {
    const int descriptor = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (descriptor < 0) return tl::make_unexpected("cannot flush folder " + folder.string() + ": " + std::strerror(errno));
    const auto flushed = steps.flush("cannot flush folder", folder, descriptor);
    ::close(descriptor);
    if (flushed) return tl::make_unexpected(*flushed);
    return {};
}

// A check is staged outside the data folder ($TMPDIR, private to the kiosk's service):
// it writes nothing in the store, so it needs no lock and can never clean up a pack.
tl::expected<fs::path, std::string> make_check_folder(DiskSteps& steps) {
    std::error_code error;
    const fs::path temporary = fs::temp_directory_path(error);
    if (error) return tl::make_unexpected("cannot find a folder for temporary files: " + error.message());
    std::string name = (temporary / "letter-kiosk-check-XXXXXX").string();
    if (auto fault = steps.next("cannot make folder", name)) return tl::make_unexpected(*fault);
    if (!::mkdtemp(name.data())) return tl::make_unexpected("cannot make folder " + name + ": " + std::strerror(errno));
    return fs::path(name);
}

// How the step of reading the source is named to staff: "Reading campaign.zip".
std::string reading_step(const fs::path& source) {
    const fs::path name = source.has_filename() ? source.filename() : source.parent_path().filename();
    return "Reading " + base::shortened(name.string(), 40);
}

// The pack inside what was unpacked: its top, or the one folder it holds (an archive
// made by compressing the pack's folder).
fs::path pack_root_in(const fs::path& staging) {
    std::error_code error;
    if (fs::exists(staging / "pack.yaml", error)) return staging;
    fs::path only;
    int entries = 0;
    for (fs::directory_iterator it(staging, error), end; !error && it != end; it.increment(error)) {
        only = it->path();
        ++entries;
    }
    if (entries == 1 && fs::is_directory(fs::symlink_status(only, error)) && fs::exists(only / "pack.yaml", error)) return only;
    return staging;
}

// Problems found in the staged copy, placed where staff will look: in the source.
std::vector<content::Problem> placed_in_source(std::vector<content::Problem> problems, const fs::path& pack_root,
                                               const fs::path& staging, const fs::path& source) {
    const std::string staged = content::shown_path(pack_root) + "/";
    const fs::path inside = pack_root.lexically_relative(staging);
    for (auto& problem : problems) {
        if (problem.file.rfind(staged, 0) != 0) continue;
        const fs::path in_pack = problem.file.substr(staged.size());
        problem.file = content::shown_path(source, inside == "." ? in_pack : inside / in_pack);
    }
    return problems;
}

// Through the bounded reader, so a named pipe or a device in a pack's place is refused, never waited on.
tl::expected<std::string, std::string> read_small_file(const fs::path& file, std::uintmax_t most) {
    return base::read_regular_file(file, std::size_t(most));
}

std::map<std::string, std::string> manifest_lines(const std::string& manifest) {
    std::map<std::string, std::string> files;  // path -> hash
    std::istringstream in(manifest);
    std::string line;
    std::getline(in, line);  // the header
    while (std::getline(in, line)) {
        if (line.size() > 66) files[line.substr(66)] = line.substr(0, 64);
    }
    return files;
}

// Why the files do not match the signed manifest, naming the first file that differs.
std::string first_difference(const std::string& signed_manifest, const std::string& actual) {
    const auto listed = manifest_lines(signed_manifest), present = manifest_lines(actual);
    for (const auto& [path, hash] : present) {
        const auto entry = listed.find(path);
        if (entry == listed.end()) return path + " was added after the pack was signed";
        if (entry->second != hash) return path + " was changed after the pack was signed";
    }
    for (const auto& [path, hash] : listed) {
        if (!present.count(path)) return path + " is missing: it was in the pack when it was signed";
    }
    return "pack.manifest is not in the form sign-content writes";
}

tl::expected<void, InstallRefusal> check_signature(const fs::path& pack_root, const minisign::PublicKey& key) {
    using Reason = InstallRefusal::Reason;
    const std::string needed = "this kiosk installs only packs signed with the key " + minisign::key_id_text(key.id) +
                               " (letter-kiosk sign-content)";
    const auto manifest = read_small_file(pack_root / manifest_name, 4 * 1024 * 1024);
    const auto signature = read_small_file(pack_root / signature_name, 64 * 1024);
    if (!manifest || !signature) return tl::make_unexpected(refusal(Reason::NotSigned, "the pack is not signed: " + needed));
    if (auto verified = minisign::verify(key, *manifest, *signature, signature_name); !verified) {
        return tl::make_unexpected(refusal(Reason::NotSigned, verified.error() + "; " + needed));
    }
    const auto actual = pack_manifest(pack_root);
    if (!actual) return tl::make_unexpected(refusal(Reason::NotSigned, actual.error()));
    if (*actual != *manifest) {
        return tl::make_unexpected(refusal(Reason::NotSigned, "the signature does not cover this pack: " +
                                                                  first_difference(*manifest, *actual)));
    }
    return {};
}

}  // namespace

ContentStore::ContentStore(fs::path data_dir, FaultPlan faults) : root_(std::move(data_dir) / "content"), faults_(faults) {}

std::optional<fs::path> ContentStore::link_target(const char* name) const {
    // Resolved by what it leads to, whatever its form (absolute, "./packs/x", "packs/x/"):
    // the pack folder in packs/ that is the same folder (device and inode), else nullopt.
    std::error_code error;
    const fs::path target = fs::canonical(root_ / name, error);
    if (error || !fs::is_directory(target, error)) return std::nullopt;
    for (fs::directory_iterator it(root_ / "packs", error), end; !error && it != end; it.increment(error)) {
        if (fs::equivalent(it->path(), target, error)) return it->path();
    }
    return std::nullopt;
}

// True when `name` (current or previous) is absent or leads to a pack folder in packs/;
// anything else (dangling, a file, a plain folder) cannot be told apart from a pack in use.
bool ContentStore::link_resolved(const char* name) const {
    struct stat status {};
    if (::lstat((root_ / name).c_str(), &status) != 0) return errno == ENOENT;
    return link_target(name).has_value();
}

std::optional<fs::path> ContentStore::current() const { return link_target(current_link); }
std::optional<fs::path> ContentStore::previous() const { return link_target(previous_link); }

// The kiosk's one link writer: a new link renamed over the old one, then the folder flushed.
tl::expected<void, std::string> ContentStore::point(const char* name, const fs::path& pack_folder, DiskSteps& steps) {
    if (auto fault = steps.next("cannot switch", root_ / name)) return tl::make_unexpected(*fault);
    return base::write_link_atomically(root_ / name, fs::path("packs") / pack_folder.filename());
}

void ContentStore::remove_unused_packs() const {
    // When `current` or `previous` cannot be resolved, no folder is known to be unused.
    if (!link_resolved(current_link) || !link_resolved(previous_link)) return;
    const auto in_use = current(), kept = previous();
    std::error_code error;
    std::vector<fs::path> unused;
    for (fs::directory_iterator it(root_ / "packs", error), end; !error && it != end; it.increment(error)) {
        if (it->path() != in_use && it->path() != kept) unused.push_back(it->path());
    }
    for (const auto& folder : unused) fs::remove_all(folder, error);
}

tl::expected<InstalledPack, InstallRefusal> ContentStore::install(const fs::path& source, const InstallOptions& options) {
    using Reason = InstallRefusal::Reason;
    const auto failure = [](std::string message) { return tl::make_unexpected(refusal(Reason::SystemFailure, std::move(message))); };
    std::error_code error;
    const fs::file_status source_status = fs::status(source, error);
    const bool archive = fs::is_regular_file(source_status);
    if (!archive && !fs::is_directory(source_status)) {
        return tl::make_unexpected(
            refusal(Reason::BadPack, base::shortened_path(source.string()) + ": " +
                                         (error ? error.message() : "not a folder or an archive file")));
    }
    if (archive && !is_pack_archive_name(source)) {
        return tl::make_unexpected(refusal(Reason::BadPack, source.string() + ": an archive must be .zip, .tar.gz or .tgz"));
    }

    steps_ = DiskSteps(faults_);
    DiskSteps& steps = steps_;
    // A check touches nothing in the store: no lock, no clean-up, staged in a scratch folder.
    std::optional<StoreLock> lock;
    bool links_resolved = false;
    fs::path staging, installed;
    if (options.check_only) {
        auto scratch = make_check_folder(steps);
        if (!scratch) return failure(scratch.error());
        staging = *scratch;
    } else {
        fs::create_directories(root_ / "packs", error);
        if (error) return failure("cannot make " + (root_ / "packs").string() + ": " + error.message());
        lock.emplace(root_);
        if (!lock->held()) return failure(lock->problem());
        // Known before the switch: a `current` that led nowhere may still have meant a pack in packs/.
        links_resolved = link_resolved(current_link) && link_resolved(previous_link);
        remove_unused_packs();  // staging left by a crash, packs no longer kept
        const std::string id = new_pack_id();
        staging = root_ / "packs" / (id + staging_suffix);
        installed = root_ / "packs" / id;
        if (auto fault = steps.next("cannot make folder", staging)) return failure(*fault);
        if (!fs::create_directory(staging, error)) return failure("cannot make folder " + staging.string() + ": " + error.message());
    }
    // Whatever happens before the switch (a refusal, a failure, Cancel), the staged copy goes.
    struct Cleanup {
        fs::path staging, installed;
        bool keep = false;
        ~Cleanup() {
            std::error_code ignored;
            fs::remove_all(staging, ignored);
            if (!keep && !installed.empty()) fs::remove_all(installed, ignored);
        }
    } cleanup{staging, installed};

    StagingTree tree(staging, steps, options.limits, options.progress, options.cancel,
                     options.check_only ? Sync::None : Sync::ToDisk);
    const auto stopped = [] { return tl::make_unexpected(refusal(Reason::Cancelled, stopped_message)); };
    tree.begin_step(reading_step(source));
    const bool case_insensitive = options.case_insensitive_source.value_or(is_case_insensitive_file_system(source));
    if (auto copied = archive ? unpack_archive(source, tree) : copy_folder(source, case_insensitive, tree); !copied) {
        if (tree.cancelled()) return stopped();
        // Running out of room or an input/output error here is the kiosk's disk; anything
        // else (a refused name, a limit, a stick taken out) is the pack's.
        const bool disk = copied.error().find(staging.string()) != std::string::npos;
        return tl::make_unexpected(refusal(disk ? Reason::SystemFailure : Reason::BadPack, copied.error()));
    }

    const fs::path pack_root = pack_root_in(staging);
    if (options.trusted_key) {
        if (!tree.keep_going()) return stopped();
        tree.begin_step("Checking the signature");
        if (auto signed_by = check_signature(pack_root, *options.trusted_key); !signed_by) {
            return tl::make_unexpected(signed_by.error());
        }
    }
    if (!tree.keep_going()) return stopped();
    tree.begin_step("Checking the pack");
    auto pack = letter::load_checked_pack(pack_root);
    if (!pack) {
        InstallRefusal bad = refusal(Reason::BadPack, content::shown_path(source) + " has " +
                                                          content::counted(pack.error().size(), "problem", "problems"));
        bad.problems = placed_in_source(std::move(pack.error()), pack_root, staging, source);
        return tl::make_unexpected(std::move(bad));
    }

    std::optional<content::Pack> in_use;
    if (const auto folder = current()) {
        if (auto loaded = content::load_pack(*folder)) in_use = std::move(*loaded);
    }
    if (in_use && !options.allow_older && compare_versions(pack->info.version, in_use->info.version) <= 0) {
        return tl::make_unexpected(refusal(Reason::NotNewer, "the pack's version " + pack->info.version +
                                                                 " is not newer than the installed pack's " +
                                                                 in_use->info.version));
    }
    InstalledPack result{pack->info.name, pack->info.version, {}, in_use ? in_use->info.version : "",
                         describe_changes(in_use ? &*in_use : nullptr, *pack)};
    if (options.check_only) return result;

    if (!tree.keep_going()) return stopped();
    tree.begin_step("Installing");
    if (auto flushed = tree.flush_folders(); !flushed) return failure(flushed.error());
    // The last moment Cancel is heard: once renamed into packs/, the pack goes in.
    if (!tree.keep_going()) return stopped();
    if (auto fault = steps.next("cannot rename", pack_root)) return failure(*fault);
    if (::rename(pack_root.c_str(), installed.c_str()) != 0) {
        return failure("cannot rename " + pack_root.string() + ": " + std::strerror(errno));
    }
    if (auto flushed = flush_folder(root_ / "packs", steps); !flushed) return failure(flushed.error());
    // `previous` first: a crash before `current` switches leaves both on the old pack.
    if (const auto old = current()) {
        if (auto pointed = point(previous_link, *old, steps); !pointed) return failure(pointed.error());
    }
    if (auto pointed = point(current_link, installed, steps); !pointed) return failure(pointed.error());
    // Installed: the switch is made and cannot be taken back (the links' writer flushed
    // the folder; should that have failed, a power cut may bring the old link back, which
    // is a whole pack too).
    cleanup.keep = true;
    if (links_resolved) remove_unused_packs();
    result.folder = installed;
    return result;
}

tl::expected<fs::path, std::string> ContentStore::rollback() {
    std::error_code error;
    if (!fs::is_directory(root_, error)) return tl::make_unexpected("no pack has been installed in " + root_.string());
    StoreLock lock(root_);
    if (!lock.held()) return tl::make_unexpected(lock.problem());
    const auto old_current = current(), old_previous = previous();
    if (!old_previous || (old_current && *old_previous == *old_current)) {
        return tl::make_unexpected("there is no previous pack to go back to");
    }
    steps_ = DiskSteps(faults_);
    DiskSteps& steps = steps_;
    // `current` first: it is what the kiosk uses. A crash before `previous` switches
    // leaves both on the pack rolled back to.
    if (auto pointed = point(current_link, *old_previous, steps); !pointed) return tl::make_unexpected(pointed.error());
    // Rolled back. Should what follows fail, `previous` still leads to the pack rolled
    // back to, and the one rolled back from is removed at the next install.
    if (old_current) point(previous_link, *old_current, steps);
    return *old_previous;
}

tl::expected<std::optional<minisign::PublicKey>, std::string> trusted_key(const store::EventSettings& settings) {
    if (settings.trusted_key.empty()) return std::nullopt;
    auto key = minisign::read_public_key_file(settings.trusted_key);
    if (!key) return tl::make_unexpected(key.error() + " (trusted_key in the event settings)");
    return std::optional<minisign::PublicKey>(*key);
}

}  // namespace kiosk::install
