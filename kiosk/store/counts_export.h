// The letter counters written out for staff (to a USB stick, or to merge the counts of
// several kiosks): the same CSV as counters.csv — day, recipient, state, language,
// printed, saved, failed — aggregate only, so nothing in it names or quotes a visitor.
#pragma once

#include <filesystem>
#include <string>

#include <tl/expected.hpp>

#include "store/letter_counters.h"

namespace kiosk::store {

struct CountsExport {
    int rows = 0;       // one per day, recipient, state and language
    LetterTally total;  // the sums of the rows
};

// Writes the counters to `file` atomically (a reader never sees half a file).
tl::expected<CountsExport, std::string> export_counts(const LetterCounters& counters,
                                                      const std::filesystem::path& file);

// Where the staff screen's export puts the counts on a stick mounted at `stick`:
// letter-kiosk-counts-<stamp>.csv, so exports of several days or kiosks sit side by side.
std::filesystem::path counts_file_on_stick(const std::filesystem::path& stick, const std::string& stamp);

}  // namespace kiosk::store
