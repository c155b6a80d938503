#include "content/zips_reader.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <system_error>
#include <unordered_map>
#include <unordered_set>

#include "content/closest_name.h"
#include "content/counted.h"
#include "content/csv_rows.h"
#include "content/shown_path.h"
#include "content/text_file.h"

namespace kiosk::content {

namespace fs = std::filesystem;

namespace {

const char* const zips_file = "zips.csv";
const char* const column_names[] = {"zip", "state", "county"};
constexpr std::size_t column_count = 3;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_all_digits(const std::string& text) { return std::all_of(text.begin(), text.end(), is_digit); }
bool is_zip(const std::string& text) { return text.size() == 5 && is_all_digits(text); }

std::string lower_case(std::string text) {
    for (char& c : text) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return text;
}

std::string joined(const std::vector<CsvValue>& values) {
    std::string text;
    for (const CsvValue& value : values) text += (text.empty() ? "" : ",") + value.text;
    return text;
}

// Staff may write the column names in capitals ("ZIP,State,County"); nothing else.
bool check_header(const CsvRow& row, FileProblems& problems) {
    for (std::size_t i = 0; i < column_count; ++i) {
        if (i < row.values.size() && lower_case(row.values[i].text) == column_names[i]) continue;
        problems.add_at(
            row.line, i < row.values.size() ? row.values[i].column : 1,
            is_zip(row.values.front().text)
                ? "the first line should be the column names zip,state,county; add that line above this one"
                : "the first line should be the column names zip,state,county, not '" + joined(row.values) + "'");
        return false;
    }
    if (row.values.size() > column_count) {
        problems.add_at(row.line, row.values[column_count].column,
                        "the first line should be the column names zip,state,county and nothing more");
        return false;
    }
    return true;
}

std::optional<std::string> zip_problem(const std::string& zip) {
    if (is_zip(zip)) return std::nullopt;
    if (zip.empty()) return "the ZIP code is missing";
    if (zip.size() < 5 && is_all_digits(zip)) {
        return "ZIP code '" + zip + "' has " + counted(zip.size(), "digit", "digits") +
               ", not 5; spreadsheets drop leading zeros unless the column is formatted as text";
    }
    return "ZIP code '" + zip + "' should be 5 digits, like 65201";
}

// The pack's states and their counties, indexed so that each row is checked in constant
// time: a national pack has some 3,000 counties and 47,000 rows.
class KnownPlaces {
public:
    explicit KnownPlaces(const std::vector<State>& states) {
        for (const State& state : states) {
            ids_.push_back(state.id);
            auto& entry = places_[state.id];
            entry.state = &state;
            entry.counties.insert(state.counties.begin(), state.counties.end());
        }
    }
    const State* find_state(const std::string& id) const {
        const auto found = places_.find(id);
        return found == places_.end() ? nullptr : found->second.state;
    }
    bool has_county(const State& state, const std::string& county) const {
        return places_.at(state.id).counties.count(county) > 0;
    }
    const std::vector<std::string>& ids() const { return ids_; }

private:
    struct Place {
        const State* state = nullptr;
        std::unordered_set<std::string_view> counties;
    };
    std::unordered_map<std::string_view, Place> places_;
    std::vector<std::string> ids_;
};

// Whether the row names a known state and one of its counties; reports what it does not.
bool check_place(const CsvRow& row, const KnownPlaces& places, FileProblems& problems) {
    const CsvValue& state_id = row.values[1];
    const CsvValue& county = row.values[2];
    // "Did you mean" compares against every name: only worth it while problems are shown.
    const bool suggest = !problems.full();
    if (state_id.text.empty()) {
        problems.add_at(row.line, state_id.column, "the state is missing");
        return false;
    }
    const State* state = places.find_state(state_id.text);
    if (!state) {
        problems.add_at(row.line, state_id.column,
                        "state '" + state_id.text + "' is not in states.yaml" +
                            (suggest ? did_you_mean(state_id.text, places.ids()) : ""));
        return false;
    }
    if (county.text.empty()) {
        problems.add_at(row.line, county.column, "the county is missing");
        return false;
    }
    if (!places.has_county(*state, county.text)) {
        problems.add_at(row.line, county.column,
                        "'" + county.text + "' is not a county of " + state->id + " in states.yaml" +
                            (suggest ? did_you_mean(county.text, state->counties) : ""));
        return false;
    }
    return true;
}

// One ZIP code's counties while the file is read, with the line each came from.
struct ZipRows {
    std::vector<ZipArea> areas;
    std::vector<int> lines;
};

}  // namespace

std::map<std::string, std::vector<ZipArea>> read_zips(std::string_view text, const std::vector<State>* states,
                                                      FileProblems& problems) {
    CsvRows rows(text);
    const auto header = rows.next(problems);
    if (problems.any()) return {};  // the header line itself was damaged
    if (!header) {
        problems.add_to_file(
            "the file is empty; it needs the line zip,state,county, then one line per ZIP code and county");
        return {};
    }
    if (!check_header(*header, problems)) return {};

    const std::optional<KnownPlaces> places = states ? std::optional<KnownPlaces>(*states) : std::nullopt;
    std::map<std::string, ZipRows> zips;
    int count = 0;
    while (auto row = rows.next(problems)) {
        if (++count > max_zip_rows) {
            problems.add_at(row->line, 0,
                            "more than " + std::to_string(max_zip_rows) +
                                " rows; every US ZIP code with each county it touches is about 47000");
            break;
        }
        if (row->values.size() != column_count) {
            const bool too_many = row->values.size() > column_count;
            problems.add_at(row->line, too_many ? row->values[column_count].column : row->values.back().column,
                            "this row has " + counted(row->values.size(), "value", "values") +
                                "; it needs 3: zip,state,county" +
                                (too_many ? " (a county name with a comma in it goes in double quotes)" : ""));
            continue;
        }
        const CsvValue& zip = row->values[0];
        bool good = true;
        if (const auto problem = zip_problem(zip.text)) {
            problems.add_at(row->line, zip.column, *problem);
            good = false;
        }
        if (places && !check_place(*row, *places, problems)) good = false;
        if (!good) continue;

        // make-zips.sh sorts by ZIP code, so a row's ZIP code is usually the last one read
        // or comes after it; other files take one search.
        auto at = zips.empty() ? zips.end() : std::prev(zips.end());
        if (at == zips.end() || at->first < zip.text) {
            at = zips.emplace_hint(zips.end(), zip.text, ZipRows{});
        } else if (at->first != zip.text) {
            at = zips.lower_bound(zip.text);
            if (at->first != zip.text) at = zips.emplace_hint(at, zip.text, ZipRows{});
        }
        ZipArea area{std::move(row->values[1].text), std::move(row->values[2].text)};
        ZipRows& rows_of_zip = at->second;
        const auto same = std::find_if(rows_of_zip.areas.begin(), rows_of_zip.areas.end(), [&](const ZipArea& other) {
            return other.state == area.state && other.county == area.county;
        });
        if (same != rows_of_zip.areas.end()) {
            const int first = rows_of_zip.lines[std::size_t(same - rows_of_zip.areas.begin())];
            problems.add_at(row->line, 1, "this row repeats line " + std::to_string(first));
            continue;
        }
        rows_of_zip.areas.push_back(std::move(area));
        rows_of_zip.lines.push_back(row->line);
    }

    std::map<std::string, std::vector<ZipArea>> areas;
    for (auto& [zip, rows_of_zip] : zips) areas.emplace_hint(areas.end(), zip, std::move(rows_of_zip.areas));
    return areas;
}

std::map<std::string, std::vector<ZipArea>> load_zips(const fs::path& root, const std::vector<State>* states,
                                                      std::vector<Problem>& all) {
    std::error_code error;
    if (fs::symlink_status(root / zips_file, error).type() == fs::file_type::not_found) return {};
    auto text = read_pack_text_file(root, zips_file, max_zips_file_bytes);
    if (!text) {
        all.push_back(text.error());
        return {};
    }
    FileProblems problems(shown_path(root, zips_file), all);
    return read_zips(*text, states, problems);
}

}  // namespace kiosk::content
