#include "store/letter_counters.h"

#include <string_view>
#include <vector>

#include "base/atomic_file.h"
#include "base/bounded_read.h"
#include "base/shortened.h"

namespace kiosk::store {
namespace {

constexpr const char* header = "day,recipient,state,language,printed,saved,failed";

// Far more than a kiosk writes (a row per day, recipient, state and language: over
// 100,000 rows), small enough that a stray huge file cannot flood the kiosk's memory.
constexpr std::size_t most_bytes = 8 * 1024 * 1024;

// Ids come from a validated pack and days are ISO dates, so no field holds a comma or a
// quote; a row that does not split into seven plain fields cannot be read.
std::vector<std::string> split_row(const std::string& line) {
    std::vector<std::string> fields;
    std::string::size_type from = 0;
    for (;;) {
        const auto comma = line.find(',', from);
        fields.push_back(line.substr(from, comma == std::string::npos ? std::string::npos : comma - from));
        if (comma == std::string::npos) return fields;
        from = comma + 1;
    }
}

bool parse_count(const std::string& text, int& count) {
    if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos) return false;
    count = std::stoi(text);
    return true;
}

// What is wrong with `line` as a row, or "" when `tally` now holds its counts.
std::string problem_with(const std::vector<std::string>& fields, LetterTally& tally) {
    if (fields.size() != 7)
        return std::to_string(fields.size()) + (fields.size() == 1 ? " field" : " fields") + ", not 7 (" + header + ")";
    if (fields[0].empty() || fields[1].empty() || fields[3].empty()) return "no day, recipient or language";
    if (!parse_count(fields[4], tally.printed)) return "the printed count is not a number";
    if (!parse_count(fields[5], tally.saved)) return "the saved count is not a number";
    if (!parse_count(fields[6], tally.failed)) return "the failed count is not a number";
    return "";
}

}  // namespace

LetterCounters::LetterCounters(std::filesystem::path data_dir, ReadOnly)
    : file_(std::move(data_dir) / "counters.csv"), read_only_(true) {
    std::error_code ignored;
    if (std::filesystem::status(file_, ignored).type() == std::filesystem::file_type::not_found) return;
    const auto bytes = base::read_regular_file(file_, most_bytes);
    if (!bytes) {
        unread_rows_.push_back(base::shortened(bytes.error(), 200));
        unreadable_ = unread_rows_.back();
        return;
    }
    std::size_t number = 0, from = 0;
    while (from < bytes->size()) {
        const auto end = bytes->find('\n', from);
        std::string line = bytes->substr(from, end == std::string::npos ? std::string::npos : end - from);
        from = end == std::string::npos ? bytes->size() : end + 1;
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();  // CRLF: a spreadsheet's save, not damage
        // The header, also where a second file was merged in, and blank lines hold no counts.
        if (line.empty() || line == header) continue;
        const auto fields = split_row(line);
        LetterTally tally;
        if (const std::string problem = problem_with(fields, tally); !problem.empty()) {
            unread_rows_.push_back(file_.string() + " line " + std::to_string(number) + ": " + problem + ": " +
                                   base::shortened(line, 60));
            continue;
        }
        // A key twice comes from merged files: the counts of both are kept.
        LetterTally& kept = tallies_[{fields[0], fields[1], fields[2], fields[3]}];
        kept.printed += tally.printed;
        kept.saved += tally.saved;
        kept.failed += tally.failed;
    }
    if (!unread_rows_.empty()) unsaved_damage_ = *bytes;
}

LetterCounters::LetterCounters(std::filesystem::path data_dir) : LetterCounters(std::move(data_dir), ReadOnly{}) {
    read_only_ = false;
    // A failure here is retried at the next record(), which never replaces the file first.
    if (!unsaved_damage_.empty()) (void)keep_damaged(unsaved_damage_);
}

tl::expected<void, std::string> LetterCounters::keep_damaged(const std::string& bytes) {
    // The first free number: an earlier backup (or another writer's) is never replaced.
    const auto copy = base::write_first_free_numbered_file(file_.string() + ".damaged-", bytes, 0644);
    if (!copy) return tl::make_unexpected(copy.error());
    damaged_copy_ = *copy;
    unsaved_damage_.clear();
    return base::write_file_atomically(file_, to_csv(), 0644);
}

tl::expected<void, std::string> LetterCounters::record(const std::string& day, const std::string& recipient_id,
                                                       const std::string& state_id, const std::string& language,
                                                       LetterOutcome outcome) {
    if (read_only_) return tl::make_unexpected(file_.string() + " was opened only to read");
    // Replacing a file that could not be read (too large, no permission) would lose its counts.
    if (!unreadable_.empty()) return tl::make_unexpected(unreadable_ + "; it was left as it is");
    // The rows that could not be read are kept in a backup before the file is replaced.
    if (!unsaved_damage_.empty())
        if (auto kept = keep_damaged(unsaved_damage_); !kept) return kept;
    LetterTally& tally = tallies_[{day, recipient_id, state_id, language}];
    switch (outcome) {
        case LetterOutcome::Printed: ++tally.printed; break;
        case LetterOutcome::Saved: ++tally.saved; break;
        case LetterOutcome::Failed: ++tally.failed; break;
    }
    return base::write_file_atomically(file_, to_csv(), 0644);
}

LetterTally LetterCounters::totals() const {
    LetterTally total;
    for (const auto& [key, tally] : tallies_) {
        total.printed += tally.printed;
        total.saved += tally.saved;
        total.failed += tally.failed;
    }
    return total;
}

std::vector<CountedLine> LetterCounters::lines() const {
    std::vector<CountedLine> lines;
    for (const auto& [key, tally] : tallies_) {
        const auto& [day, recipient, state, language] = key;
        lines.push_back({day, recipient, state, language, tally});
    }
    return lines;
}

std::string LetterCounters::to_csv() const {
    std::string csv = std::string(header) + "\n";
    for (const CountedLine& line : lines()) {
        csv += line.day + "," + line.recipient_id + "," + line.state_id + "," + line.language + "," +
               std::to_string(line.tally.printed) + "," + std::to_string(line.tally.saved) + "," +
               std::to_string(line.tally.failed) + "\n";
    }
    return csv;
}

}  // namespace kiosk::store
