#include "store/letter_counters.h"

#include <fstream>
#include <sstream>
#include <vector>

#include "base/atomic_file.h"

namespace kiosk::store {
namespace {

constexpr const char* header = "day,recipient,state,language,printed,saved,failed";

// Ids come from a validated pack and days are ISO dates, so no field holds a comma or a
// quote; a row that does not split into seven plain fields marks the file as damaged.
bool split_row(const std::string& line, std::vector<std::string>& fields) {
    fields.clear();
    std::stringstream row(line);
    std::string field;
    while (std::getline(row, field, ',')) fields.push_back(field);
    if (!line.empty() && line.back() == ',') fields.emplace_back();
    return fields.size() == 7;
}

bool parse_count(const std::string& text, int& count) {
    if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos) return false;
    count = std::stoi(text);
    return true;
}

}  // namespace

LetterCounters::LetterCounters(std::filesystem::path data_dir) : file_(std::move(data_dir) / "counters.csv") {
    std::ifstream in(file_);
    if (!in) return;
    std::string line;
    std::vector<std::string> fields;
    bool damaged = !std::getline(in, line) || line != header;
    while (!damaged && std::getline(in, line)) {
        LetterTally tally;
        damaged = !split_row(line, fields) || !parse_count(fields[4], tally.printed) ||
                  !parse_count(fields[5], tally.saved) || !parse_count(fields[6], tally.failed);
        if (!damaged) tallies_[{fields[0], fields[1], fields[2], fields[3]}] = tally;
    }
    if (damaged) {
        tallies_.clear();
        std::error_code ignored;
        std::filesystem::rename(file_, file_.string() + ".damaged", ignored);
    }
}

tl::expected<void, std::string> LetterCounters::record(const std::string& day, const std::string& recipient_id,
                                                       const std::string& state_id, const std::string& language,
                                                       LetterOutcome outcome) {
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
