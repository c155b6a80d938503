#include "store/counts_export.h"

#include <algorithm>

#include "base/atomic_file.h"

namespace kiosk::store {

tl::expected<CountsExport, std::string> export_counts(const LetterCounters& counters,
                                                      const std::filesystem::path& file) {
    const std::string csv = counters.to_csv();
    // Aggregate only, readable by whoever merges the counts; on a stick's FAT the
    // mount's fmask decides the mode instead (write_file_atomically allows that).
    if (auto written = base::write_file_atomically(file, csv, 0644); !written) return tl::make_unexpected(written.error());
    CountsExport result;
    result.rows = int(std::count(csv.begin(), csv.end(), '\n')) - 1;
    result.total = counters.totals();
    return result;
}

std::filesystem::path counts_file_on_stick(const std::filesystem::path& stick, const std::string& stamp) {
    return stick / ("letter-kiosk-counts-" + stamp + ".csv");
}

}  // namespace kiosk::store
