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

// Writes the counters kept in `data_dir` to `file` atomically (a reader never sees half
// a file). Refuses to replace anything but a regular file (refuse_to_replace).
tl::expected<CountsExport, std::string> export_counts(const std::filesystem::path& data_dir,
                                                      const std::filesystem::path& file);

}  // namespace kiosk::store
