#include "store/counts_export.h"

#include <algorithm>

#include "store/atomic_file.h"

namespace kiosk::store {

tl::expected<CountsExport, std::string> export_counts(const std::filesystem::path& data_dir,
                                                      const std::filesystem::path& file) {
    const LetterCounters counters(data_dir);
    const std::string csv = counters.to_csv();
    // A stick's FAT file system keeps no owner: a file any user there can read is what
    // it gives anyway, and asking for less would fail.
    if (auto written = write_file_atomically(file, csv, 0644); !written) return tl::make_unexpected(written.error());
    CountsExport result;
    result.rows = int(std::count(csv.begin(), csv.end(), '\n')) - 1;
    result.total = counters.totals();
    return result;
}

}  // namespace kiosk::store
