#include <cctype>
#include <cstdint>
#include <memory>

#include <archive.h>
#include <archive_entry.h>

#include "install/pack_entry_names.h"
#include "install/pack_sources.h"

namespace kiosk::install {
namespace {

using Archive = std::unique_ptr<archive, decltype(&archive_read_free)>;

Archive reader() {
    Archive in(archive_read_new(), &archive_read_free);
    // The two formats staff make on a laptop: zip (Windows, macOS) and tar.gz.
    archive_read_support_filter_gzip(in.get());
    archive_read_support_format_zip(in.get());
    archive_read_support_format_tar(in.get());
    return in;
}

std::string why(archive* in) {
    const char* text = archive_error_string(in);
    return text ? text : "it is damaged or not a zip or tar.gz file";
}

const char* refused_kind(archive_entry* entry) {
    if (archive_entry_hardlink(entry)) return "is a hard link";
    switch (archive_entry_filetype(entry)) {
        case AE_IFREG: return nullptr;
        case AE_IFDIR: return nullptr;
        case AE_IFLNK: return "is a link";
        case AE_IFCHR:
        case AE_IFBLK: return "is a device";
        case AE_IFIFO: return "is a named pipe";
        case AE_IFSOCK: return "is a socket";
        default: return "is not a plain file";
    }
}

std::string megabytes(std::uint64_t bytes) { return std::to_string(bytes / (1024 * 1024)) + " MB"; }

// Every byte the archive's decompressor has produced so far, hidden entries and headers
// included: what the limit on the pack's size is counted against, not what is kept.
std::uint64_t bytes_unpacked(archive* in) {
    const la_int64_t done = archive_filter_bytes(in, 0);
    return done > 0 ? std::uint64_t(done) : 0;
}

tl::expected<void, std::string> unpack(archive* in, const std::string& shown, StagingTree& tree) {
    const UnpackLimits& limits = tree.limits();
    const auto too_large = [&] {
        return tl::make_unexpected(shown + " unpacks to more than " + megabytes(limits.total_bytes) +
                                   " in all; a content pack is far smaller");
    };
    // Every entry listed counts, whatever becomes of it (folders, repeats, hidden names,
    // links): reading a header costs work, so the limit is on what is inside, not on what is kept.
    int listed = 0;
    for (;;) {
        archive_entry* entry = nullptr;
        const int header = archive_read_next_header(in, &entry);
        if (header == ARCHIVE_EOF) return {};
        if (header < ARCHIVE_WARN) return tl::make_unexpected("cannot unpack " + shown + ": " + why(in));
        if (++listed > limits.entries) {
            return tl::make_unexpected(shown + " holds more than " + std::to_string(limits.entries) +
                                       " entries (files, folders, links and hidden names all count); a content "
                                       "pack needs far fewer");
        }
        if (bytes_unpacked(in) > limits.total_bytes) return too_large();
        const char* raw_name = archive_entry_pathname(entry);
        const std::string name = raw_name ? raw_name : "";
        const std::string here = shown + ": " + name;
        if (const char* kind = refused_kind(entry)) {
            return tl::make_unexpected(here + " " + kind + "; a content pack holds only plain files and folders");
        }
        auto relative = checked_entry_path(name, false);
        if (!relative) return tl::make_unexpected(shown + ": " + relative.error());
        if (!*relative) {
            // Hidden: skipped without inflating it (a zip seeks past it; a tar.gz must
            // decompress through it, so a declared size over the limit is refused first).
            if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > 0 &&
                std::uint64_t(archive_entry_size(entry)) > limits.total_bytes) {
                return too_large();
            }
            if (archive_read_data_skip(in) < ARCHIVE_WARN) return tl::make_unexpected("cannot unpack " + here + ": " + why(in));
            if (bytes_unpacked(in) > limits.total_bytes) return too_large();
            continue;
        }
        if (archive_entry_filetype(entry) == AE_IFDIR) {
            if (auto made = tree.add_folder(**relative); !made) return made;
            continue;
        }
        auto added = tree.add_file(**relative, here, [&](char* buffer, std::size_t size) -> tl::expected<std::size_t, std::string> {
            const la_ssize_t got = archive_read_data(in, buffer, size);
            if (got < 0) return tl::make_unexpected("cannot unpack " + here + ": " + why(in));
            return std::size_t(got);
        });
        if (!added) return added;
    }
}

}  // namespace

bool is_pack_archive_name(const std::filesystem::path& file) {
    std::string name = file.filename().string();
    for (char& c : name) c = char(std::tolower(static_cast<unsigned char>(c)));
    const auto ends_with = [&](const std::string& end) {
        return name.size() > end.size() && name.compare(name.size() - end.size(), end.size(), end) == 0;
    };
    return ends_with(".zip") || ends_with(".tar.gz") || ends_with(".tgz");
}

tl::expected<void, std::string> unpack_archive(const std::filesystem::path& file, StagingTree& tree) {
    Archive in = reader();
    if (archive_read_open_filename(in.get(), file.c_str(), 64 * 1024) != ARCHIVE_OK) {
        return tl::make_unexpected("cannot open " + file.string() + ": " + why(in.get()));
    }
    return unpack(in.get(), file.string(), tree);
}

tl::expected<void, std::string> unpack_archive_bytes(const void* bytes, std::size_t size, const std::string& shown,
                                                     StagingTree& tree) {
    Archive in = reader();
    if (archive_read_open_memory(in.get(), bytes, size) != ARCHIVE_OK) {
        return tl::make_unexpected("cannot open " + shown + ": " + why(in.get()));
    }
    return unpack(in.get(), shown, tree);
}

}  // namespace kiosk::install
