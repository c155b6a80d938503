#include "content/csv_rows.h"

namespace kiosk::content {

namespace {

// Far longer than any row of a pack's CSV files; a longer line is damage or an attack,
// and refusing it keeps libcsv from growing its value buffer 128 bytes at a time.
constexpr std::size_t max_line_bytes = 4096;

// What libcsv's callbacks fill in while one line is parsed.
struct LineValues {
    std::vector<CsvValue>& values;
    int start_column = 1;  // of the value libcsv will report next
    bool ended = false;    // libcsv saw the end of the row
};

void take_value(void* bytes, std::size_t size, void* data) {
    auto& line = *static_cast<LineValues*>(data);
    line.values.push_back({std::string(static_cast<const char*>(bytes), size), line.start_column});
}

void end_row(int, void* data) { static_cast<LineValues*>(data)->ended = true; }

// 1-based column, in characters, of byte `offset` of a line of valid UTF-8.
int column_of(std::string_view line, std::size_t offset) {
    int column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;  // continuation bytes start no character
    }
    return column;
}

}  // namespace

CsvRows::CsvRows(std::string_view text) : text_(text) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") text_.remove_prefix(3);  // Excel's "CSV UTF-8" starts with one
    csv_init(&parser_, CSV_STRICT);
}

CsvRows::~CsvRows() { csv_free(&parser_); }

std::optional<CsvRow> CsvRows::next(FileProblems& problems) {
    while (position_ < text_.size()) {
        std::size_t end = position_;
        while (end < text_.size() && text_[end] != '\n' && text_[end] != '\r') ++end;
        const std::string_view line = text_.substr(position_, end - position_);
        // "\r\n" (Windows), "\n" and a lone "\r" (old Macs) each end a line.
        position_ = end + (text_.compare(end, 2, "\r\n") == 0 ? 2 : 1);
        ++line_;
        if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
        if (auto row = parse_line(line, problems)) return row;
    }
    return std::nullopt;
}

std::optional<CsvRow> CsvRows::parse_line(std::string_view line, FileProblems& problems) {
    if (line.size() > max_line_bytes) {
        problems.add_at(line_, 0,
                        "line too long (" + std::to_string(line.size()) + " bytes; the limit is " +
                            std::to_string(max_line_bytes) + ")");
        return std::nullopt;
    }
    CsvRow row{line_, {}};
    LineValues parsed{row.values};
    auto give_up = [&](std::size_t offset, const std::string& message) {
        problems.add_at(line_, column_of(line, offset), message);
        csv_fini(&parser_, nullptr, nullptr, nullptr);  // forgets the rest of the line
        return std::nullopt;
    };
    // libcsv is fed up to one comma at a time: when it reports a value, that comma ended
    // it and the next value starts after it; a comma inside quotes ends nothing.
    std::size_t value_start = 0;
    for (std::size_t from = 0; from < line.size();) {
        const std::size_t comma = line.find(',', from);
        const std::size_t to = comma == std::string_view::npos ? line.size() : comma + 1;
        parsed.start_column = column_of(line, value_start);
        const std::size_t values_before = row.values.size();
        const std::size_t read = csv_parse(&parser_, line.data() + from, to - from, take_value, end_row, &parsed);
        if (read < to - from) {
            return give_up(from + read,
                           "a double quote out of place: a value holding a comma or a quote is written "
                           "in quotes, with each quote inside it doubled");
        }
        if (row.values.size() > values_before) value_start = to;
        from = to;
    }
    parsed.start_column = column_of(line, value_start);
    csv_parse(&parser_, "\n", 1, take_value, end_row, &parsed);
    // Still inside quotes at the line's end: the value goes on to the next line.
    if (!parsed.ended)
        return give_up(value_start,
                       "a quote opened in this value is not closed on its line; a value cannot hold a line break");
    return row;
}

}  // namespace kiosk::content
