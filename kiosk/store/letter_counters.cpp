#include "store/letter_counters.h"

#include <fstream>
#include <sstream>
#include <vector>

#include "store/atomic_file.h"

namespace kiosk::store {
namespace {

constexpr const char* header = "day,recipient,state,printed,not_printed";

// Ids come from a validated pack and days are ISO dates, so no field holds a comma or a
// quote; a row that does not split into five plain fields marks the file as damaged.
bool split_row(const std::string& line, std::vector<std::string>& fields) {
    fields.clear();
    std::stringstream row(line);
    std::string field;
    while (std::getline(row, field, ',')) fields.push_back(field);
    return fields.size() == 5;
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
        damaged = !split_row(line, fields) || !parse_count(fields[3], tally.printed) ||
                  !parse_count(fields[4], tally.not_printed);
        if (!damaged) tallies_[{fields[0], fields[1], fields[2]}] = tally;
    }
    if (damaged) {
        tallies_.clear();
        std::error_code ignored;
        std::filesystem::rename(file_, file_.string() + ".damaged", ignored);
    }
}

tl::expected<void, std::string> LetterCounters::record(const std::string& day, const std::string& recipient_id,
                                                       const std::string& state_id, bool printed) {
    LetterTally& tally = tallies_[{day, recipient_id, state_id}];
    ++(printed ? tally.printed : tally.not_printed);
    return write_file_atomically(file_, to_csv(), 0644);
}

int LetterCounters::total_printed() const {
    int total = 0;
    for (const auto& [key, tally] : tallies_) total += tally.printed;
    return total;
}

int LetterCounters::total_not_printed() const {
    int total = 0;
    for (const auto& [key, tally] : tallies_) total += tally.not_printed;
    return total;
}

std::string LetterCounters::to_csv() const {
    std::string csv = std::string(header) + "\n";
    for (const auto& [key, tally] : tallies_) {
        const auto& [day, recipient, state] = key;
        csv += day + "," + recipient + "," + state + "," + std::to_string(tally.printed) + "," +
               std::to_string(tally.not_printed) + "\n";
    }
    return csv;
}

}  // namespace kiosk::store
