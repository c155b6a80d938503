#include "content/csv_rows.h"

namespace kiosk::content {

namespace {

// What libcsv's callbacks fill in while one row is parsed.
struct RowValues {
    std::vector<CsvValue>& values;
    int start_line = 0;    // of the value libcsv will report next
    int start_column = 1;  // the same
    bool ended = false;    // libcsv saw the end of the row
};

void take_value(void* bytes, std::size_t size, void* data) {
    auto& row = *static_cast<RowValues*>(data);
    row.values.push_back({std::string(static_cast<const char*>(bytes), size), row.start_line, row.start_column});
}

void end_row(int, void* data) { static_cast<RowValues*>(data)->ended = true; }

// 1-based columns, in characters, of ever later bytes of one line of valid UTF-8: counted
// on from the last one asked for, so a line of thousands of values costs one pass.
class ColumnCounter {
public:
    explicit ColumnCounter(std::string_view line) : line_(line) {}
    int at(std::size_t offset) {
        for (; offset_ < offset; ++offset_) {
            if ((static_cast<unsigned char>(line_[offset_]) & 0xC0) != 0x80) ++column_;  // continuation bytes start no character
        }
        return column_;
    }

private:
    std::string_view line_;
    std::size_t offset_ = 0;
    int column_ = 1;
};

// A line without a quote, split at each comma as libcsv splits it (spaces and tabs around
// each value trimmed). Most lines of a pack's CSV files have no quote, and splitting them
// here costs a fraction of feeding libcsv a comma at a time, which places need.
CsvRow split_plain_line(std::string_view line, int line_number) {
    CsvRow row{line_number, {}};
    row.values.reserve(11);
    ColumnCounter columns(line);
    for (std::size_t from = 0;;) {
        const std::size_t comma = line.find(',', from);
        std::string_view value = line.substr(from, comma == std::string_view::npos ? line.size() - from : comma - from);
        const std::size_t first = value.find_first_not_of(" \t");
        value = first == std::string_view::npos ? std::string_view() : value.substr(first, value.find_last_not_of(" \t") - first + 1);
        row.values.push_back({std::string(value), line_number, columns.at(from)});
        if (comma == std::string_view::npos) return row;
        from = comma + 1;
    }
}

const char* const quoting_rule =
    "a value holding a comma, a quote or a line break is written in quotes, with each quote inside it doubled";

}  // namespace

const CsvValue* CsvRow::value_with_line_break() const {
    for (const CsvValue& value : values) {
        if (value.has_line_break()) return &value;
    }
    return nullptr;
}

CsvRows::CsvRows(std::string_view text) : text_(text) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") text_.remove_prefix(3);  // Excel's "CSV UTF-8" starts with one
    csv_init(&parser_, CSV_STRICT);
}

CsvRows::~CsvRows() { csv_free(&parser_); }

std::string_view CsvRows::take_line() {
    std::size_t end = position_;
    while (end < text_.size() && text_[end] != '\n' && text_[end] != '\r') ++end;
    const std::string_view line = text_.substr(position_, end - position_);
    // "\r\n" (Windows), "\n" and a lone "\r" (old Macs) each end a line.
    position_ = end + (text_.compare(end, 2, "\r\n") == 0 ? 2 : 1);
    ++line_;
    return line;
}

std::optional<CsvRow> CsvRows::next(FileProblems& problems) {
    while (position_ < text_.size()) {
        const std::string_view line = take_line();
        if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
        if (auto row = parse_row(line, problems)) return row;
    }
    return std::nullopt;
}

std::optional<CsvRow> CsvRows::parse_row(std::string_view line, FileProblems& problems) {
    if (line.size() <= max_csv_line_bytes && line.find('"') == std::string_view::npos) {
        return split_plain_line(line, line_);
    }
    CsvRow row{line_, {}};
    row.values.reserve(11);  // the pack's CSV files have three to eleven columns
    RowValues parsed{row.values, line_, 1};
    auto give_up = [&](int at_line, int column, const std::string& message) {
        problems.add_at(at_line, column, message);
        csv_fini(&parser_, nullptr, nullptr, nullptr);  // forgets the rest of the row
        return std::nullopt;
    };
    std::size_t row_bytes = 0;
    for (;;) {
        if (line.size() > max_csv_line_bytes) {
            return give_up(line_, 0,
                           "line too long (" + std::to_string(line.size()) + " bytes; the limit is " +
                               std::to_string(max_csv_line_bytes) + ")");
        }
        // A quote left open would take every line after it into one value.
        row_bytes += line.size() + 1;
        if (row_bytes > max_csv_line_bytes) {
            return give_up(parsed.start_line, parsed.start_column,
                           "a quote opened in this value is not closed within " +
                               std::to_string(max_csv_line_bytes) + " bytes; " + quoting_rule);
        }
        // libcsv is fed up to one comma at a time: when it reports a value, that comma ended
        // it and the next value starts after it; a comma inside quotes ends nothing.
        ColumnCounter columns(line);
        for (std::size_t from = 0; from < line.size();) {
            const std::size_t comma = line.find(',', from);
            const std::size_t to = comma == std::string_view::npos ? line.size() : comma + 1;
            const std::size_t values_before = row.values.size();
            const std::size_t read = csv_parse(&parser_, line.data() + from, to - from, take_value, end_row, &parsed);
            if (read < to - from) {
                return give_up(line_, columns.at(from + read), std::string("a double quote out of place: ") + quoting_rule);
            }
            if (row.values.size() > values_before) {
                parsed.start_line = line_;
                parsed.start_column = columns.at(to);
            }
            from = to;
        }
        csv_parse(&parser_, "\n", 1, take_value, end_row, &parsed);
        if (parsed.ended) return row;
        // Still inside quotes at the line's end: the value goes on to the next line.
        if (position_ >= text_.size()) {
            return give_up(parsed.start_line, parsed.start_column,
                           std::string("a quote opened in this value is not closed by the end of the file; ") +
                               quoting_rule);
        }
        line = take_line();
    }
}

}  // namespace kiosk::content
