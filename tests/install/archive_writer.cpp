#include "archive_writer.h"

#include <sys/sysmacros.h>

#include <algorithm>
#include <memory>
#include <stdexcept>

#include <archive.h>

#include "store_fixture.h"

namespace kiosk::install::testing {

namespace fs = std::filesystem;

namespace {

void check(int status, archive* out, const char* doing) {
    if (status != ARCHIVE_OK) throw std::runtime_error(std::string(doing) + ": " + archive_error_string(out));
}

}  // namespace

void write_archive(const fs::path& file, ArchiveFormat format, const std::vector<ArchiveEntry>& entries) {
    std::unique_ptr<archive, decltype(&archive_write_free)> out(archive_write_new(), &archive_write_free);
    if (format == ArchiveFormat::Zip) {
        archive_write_set_format_zip(out.get());
    } else {
        archive_write_set_format_pax_restricted(out.get());
        archive_write_add_filter_gzip(out.get());
        archive_write_set_filter_option(out.get(), "gzip", "compression-level", "1");
    }
    check(archive_write_open_filename(out.get(), file.c_str()), out.get(), "opening the archive");
    const std::string zeros(1 << 20, '\0');
    for (const ArchiveEntry& item : entries) {
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), &archive_entry_free);
        archive_entry_set_pathname(entry.get(), item.name.c_str());
        archive_entry_set_filetype(entry.get(), item.type);
        archive_entry_set_perm(entry.get(), item.type == AE_IFDIR ? 0755 : 0644);
        if (item.type == AE_IFLNK) archive_entry_set_symlink(entry.get(), item.link.c_str());
        if (item.type == AE_IFREG && !item.link.empty()) archive_entry_set_hardlink(entry.get(), item.link.c_str());
        if (item.type == AE_IFCHR) archive_entry_set_rdev(entry.get(), makedev(1, 3));
        const std::uint64_t size = item.type == AE_IFREG && item.link.empty() ? (item.zeros ? item.zeros : item.bytes.size()) : 0;
        archive_entry_set_size(entry.get(), la_int64_t(size));
        check(archive_write_header(out.get(), entry.get()), out.get(), "writing an entry");
        if (item.zeros) {
            for (std::uint64_t left = item.zeros; left > 0;) {
                const std::size_t chunk = std::size_t(std::min<std::uint64_t>(left, zeros.size()));
                archive_write_data(out.get(), zeros.data(), chunk);
                left -= chunk;
            }
        } else if (size > 0) {
            archive_write_data(out.get(), item.bytes.data(), item.bytes.size());
        }
    }
    check(archive_write_close(out.get()), out.get(), "closing the archive");
}

std::vector<ArchiveEntry> default_pack_entries(const std::string& folder) {
    std::vector<ArchiveEntry> entries;
    for (const auto& item : fs::recursive_directory_iterator(KIOSK_DEFAULT_PACK)) {
        const std::string name = folder + item.path().lexically_relative(KIOSK_DEFAULT_PACK).string();
        if (item.is_directory()) entries.push_back({name + "/", "", AE_IFDIR});
        else entries.push_back({name, read_file(item.path())});
    }
    return entries;
}

}  // namespace kiosk::install::testing
