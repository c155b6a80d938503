// Counts of letters per day, recipient, state and language: printed, saved to a folder
// (no printer), and failed attempts (each attempt that did not print counts once).
// Aggregate only — no names, no addresses, no reasons — kept in the data folder as CSV
// and rewritten atomically on every change so a power cut loses nothing.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include <tl/expected.hpp>

namespace kiosk::store {

enum class LetterOutcome { Printed, Saved, Failed };

struct LetterTally {
    int printed = 0;
    int saved = 0;
    int failed = 0;
};

// One line of the counters: a day, the pack's ids, and its tally.
struct CountedLine {
    std::string day, recipient_id, state_id, language;
    LetterTally tally;
};

class LetterCounters {
public:
    // Reads <data_dir>/counters.csv when it exists; a damaged file starts from zero
    // and is kept beside as counters.csv.damaged for staff.
    explicit LetterCounters(std::filesystem::path data_dir);

    // `day` is an ISO date ("2026-11-25"); ids are the pack's recipient, state ("" for a
    // national letter from a state the pack lacks) and language ids.
    tl::expected<void, std::string> record(const std::string& day, const std::string& recipient_id,
                                           const std::string& state_id, const std::string& language,
                                           LetterOutcome outcome);

    LetterTally totals() const;
    // Every line, sorted by day, recipient, state and language.
    std::vector<CountedLine> lines() const;
    // day,recipient,state,language,printed,saved,failed — one row per key, sorted.
    std::string to_csv() const;

private:
    using Key = std::tuple<std::string, std::string, std::string, std::string>;  // day, recipient, state, language
    std::filesystem::path file_;
    std::map<Key, LetterTally> tallies_;
};

}  // namespace kiosk::store
