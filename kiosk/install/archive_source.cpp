#include <cctype>
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

tl::expected<void, std::string> unpack(archive* in, const std::string& shown, StagingTree& tree) {
    for (;;) {
        archive_entry* entry = nullptr;
        const int header = archive_read_next_header(in, &entry);
        if (header == ARCHIVE_EOF) return {};
        if (header < ARCHIVE_WARN) return tl::make_unexpected("cannot unpack " + shown + ": " + why(in));
        const char* raw_name = archive_entry_pathname(entry);
        const std::string name = raw_name ? raw_name : "";
        const std::string here = shown + ": " + name;
        if (const char* kind = refused_kind(entry)) {
            return tl::make_unexpected(here + " " + kind + "; a content pack holds only plain files and folders");
        }
        auto relative = checked_entry_path(name, false);
        if (!relative) return tl::make_unexpected(shown + ": " + relative.error());
        if (!*relative) continue;  // hidden: skipped, its data with it
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
