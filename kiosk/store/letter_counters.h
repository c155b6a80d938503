// Counts of letters per day, recipient and state: printed, and tapped "Print" but not
// printed. Aggregate only — no names, no addresses, no reasons — kept in the data folder
// as CSV and rewritten atomically on every change so a power cut loses nothing.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <tuple>

#include <tl/expected.hpp>

namespace kiosk::store {

struct LetterTally {
    int printed = 0;
    int not_printed = 0;
};

class LetterCounters {
public:
    // Reads <data_dir>/counters.csv when it exists; a damaged file starts from zero
    // and is kept beside as counters.csv.damaged for staff.
    explicit LetterCounters(std::filesystem::path data_dir);

    // `day` is an ISO date ("2026-11-25"); ids are the pack's recipient and state ids.
    tl::expected<void, std::string> record(const std::string& day, const std::string& recipient_id,
                                           const std::string& state_id, bool printed);

    int total_printed() const;
    int total_not_printed() const;
    // day,recipient,state,printed,not_printed — one row per key, sorted.
    std::string to_csv() const;

private:
    using Key = std::tuple<std::string, std::string, std::string>;  // day, recipient, state
    std::filesystem::path file_;
    std::map<Key, LetterTally> tallies_;
};

}  // namespace kiosk::store
