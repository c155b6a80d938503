// Counts of letters per day, recipient, state and language: printed, saved to a folder
// (no printer), and failed attempts (each attempt that did not print counts once).
// Aggregate only — no names, no addresses, no reasons — kept in the data folder as CSV
// and rewritten atomically on every change so a power cut loses nothing.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <tl/expected.hpp>
#include <tuple>
#include <vector>

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
    // The kiosk's counters: reads <data_dir>/counters.csv when it exists, keeping every
    // good row. When rows could not be read, the file as it was is first kept as the first
    // free counters.csv.damaged-N (never overwritten), then rewritten with the good rows.
    explicit LetterCounters(std::filesystem::path data_dir);
    // Only reads counters.csv (export-counts): never renames, keeps or rewrites anything,
    // and record() refuses.
    struct ReadOnly {};
    LetterCounters(std::filesystem::path data_dir, ReadOnly);

    // One sentence per row that could not be read, naming the file and the line:
    // "/data/counters.csv line 3: 8 fields, not 7: 2026-11-25,governor,MO,en,2,0,0,".
    const std::vector<std::string>& unread_rows() const { return unread_rows_; }
    // Where the file with those rows was kept, or empty (read only, or nothing to keep).
    const std::filesystem::path& damaged_copy() const { return damaged_copy_; }

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
    // Keeps the file as read in the first free numbered backup, then writes the good rows.
    tl::expected<void, std::string> keep_damaged(const std::string& bytes);

    std::filesystem::path file_;
    bool read_only_ = false;
    std::map<Key, LetterTally> tallies_;
    std::vector<std::string> unread_rows_;
    std::filesystem::path damaged_copy_;
    std::string unsaved_damage_;
    std::string unreadable_;  // why counters.csv could not be read at all  // the damaged file's bytes while no backup
                              // could be kept
};

}  // namespace kiosk::store
