#include "app/preview_folder.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <system_error>
#include <utility>

namespace kiosk::app {

namespace fs = std::filesystem;

namespace {

bool has_extension(const fs::path& file, const char* extension) { return file.extension() == extension; }

// Whether `folder` holds only regular files ending in `extension`.
bool holds_only(const fs::path& folder, const char* extension) {
    std::error_code error;
    for (fs::directory_iterator entry(folder, error), end; !error && entry != end; entry.increment(error)) {
        if (!entry->is_regular_file(error) || entry->is_symlink(error) || !has_extension(entry->path(), extension)) {
            return false;
        }
    }
    return !error;
}

bool is_earlier_preview(const fs::path& folder) {
    std::error_code error;
    std::ifstream index(folder / PreviewFolder::index_file);
    std::string first_line;
    if (!index || !std::getline(index, first_line) || first_line.rfind("Letter Kiosk preview", 0) != 0) return false;
    for (fs::directory_iterator entry(folder, error), end; !error && entry != end; entry.increment(error)) {
        const std::string name = entry->path().filename().string();
        if (entry->is_symlink(error)) return false;
        if (name == PreviewFolder::index_file && entry->is_regular_file(error)) continue;
        if (name == PreviewFolder::letters_folder && entry->is_directory(error) && holds_only(entry->path(), ".pdf")) continue;
        if (name == PreviewFolder::screens_folder && entry->is_directory(error) && holds_only(entry->path(), ".png")) continue;
        return false;
    }
    return !error;
}

}  // namespace

std::optional<std::string> refuse_to_replace_folder(const fs::path& folder) {
    std::error_code error;
    const fs::file_status status = fs::symlink_status(folder, error);
    if (status.type() == fs::file_type::not_found) return std::nullopt;
    if (error) return folder.string() + ": cannot be used: " + error.message();
    if (fs::is_symlink(status)) return folder.string() + ": is a symbolic link; name a folder";
    if (!fs::is_directory(status)) return folder.string() + ": is not a folder";
    if (fs::is_empty(folder, error) && !error) return std::nullopt;
    if (is_earlier_preview(folder)) return std::nullopt;
    return folder.string() + ": this folder already holds other files, and a preview never writes over them; "
                             "name a new or empty folder, or an earlier preview's";
}

tl::expected<PreviewFolder, std::string> PreviewFolder::open(const fs::path& given) {
    // "out/" names the same folder as "out"; its name is needed for the one beside it.
    fs::path out = given.lexically_normal();
    if (!out.has_filename()) out = out.parent_path();
    if (out.empty() || out == "." || out == "/") return tl::make_unexpected(given.string() + ": name a folder for the preview");
    if (auto refusal = refuse_to_replace_folder(out)) return tl::make_unexpected(*refusal);
    const fs::path parent = out.has_parent_path() ? out.parent_path() : fs::path(".");
    std::error_code error;
    fs::create_directories(parent, error);
    if (error) return tl::make_unexpected(parent.string() + ": cannot be made: " + error.message());
    // Beside OUTDIR, so that putting it in place is a rename on one file system.
    std::string pattern = (parent / ("." + out.filename().string() + ".unfinished-XXXXXX")).string();
    if (!mkdtemp(pattern.data())) {
        return tl::make_unexpected(parent.string() + ": cannot write here: " + std::strerror(errno));
    }
    PreviewFolder folder(out, pattern);
    for (const char* sub : {letters_folder, screens_folder}) {
        fs::create_directory(folder.staging_ / sub, error);
        if (error) return tl::make_unexpected(folder.staging_.string() + ": cannot write here: " + error.message());
    }
    return folder;
}

PreviewFolder::PreviewFolder(fs::path out, fs::path staging) : out_(std::move(out)), staging_(std::move(staging)) {}

PreviewFolder::PreviewFolder(PreviewFolder&& other) noexcept
    : out_(std::move(other.out_)), staging_(std::exchange(other.staging_, {})) {}

PreviewFolder::~PreviewFolder() {
    if (staging_.empty()) return;
    std::error_code ignored;
    fs::remove_all(staging_, ignored);
}

tl::expected<void, std::string> PreviewFolder::put_in_place() {
    // Checked again: something may have been put there while the preview was made.
    if (auto refusal = refuse_to_replace_folder(out_)) return tl::make_unexpected(*refusal);
    std::error_code error;
    fs::path earlier;
    if (fs::exists(out_, error) && !fs::is_empty(out_, error)) {
        earlier = staging_;
        earlier += ".earlier";
        fs::rename(out_, earlier, error);
        if (error) return tl::make_unexpected(out_.string() + ": cannot be replaced: " + error.message());
    }
    // An empty OUTDIR is replaced by the rename itself.
    fs::rename(staging_, out_, error);
    if (error) {
        std::error_code ignored;
        if (!earlier.empty()) fs::rename(earlier, out_, ignored);
        return tl::make_unexpected(out_.string() + ": cannot be written: " + error.message());
    }
    staging_.clear();
    if (!earlier.empty()) fs::remove_all(earlier, error);
    return {};
}

}  // namespace kiosk::app
