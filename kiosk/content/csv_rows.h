// The rows of a CSV file as LibreOffice and Excel save it (RFC 4180: a value in double
// quotes may hold commas, line breaks, and a doubled quote stands for one), each value
// placed at its line and column so a problem sends staff to the cell. The quoting rules
// are libcsv's (Debian's libcsv-dev); what this adds is the places, which libcsv does not
// track, and bounds on lines and rows that keep a damaged file from costing much.
#pragma once

#include <csv.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/file_problems.h"

namespace kiosk::content {

// Far longer than any row of a pack's CSV files (a contact with three address lines and
// a long source is some 400 bytes); a longer line is damage or an attack, and refusing it
// keeps libcsv from growing its value buffer 128 bytes at a time.
constexpr std::size_t max_csv_line_bytes = 4096;

struct CsvValue {
    std::string text;  // unquoted, with spaces around an unquoted value trimmed; a quoted
                       // value that goes on over lines holds "\n" where each line ended
    int line = 0;      // 1-based line where the value starts
    int column = 0;    // 1-based, in characters, where the value starts on that line

    bool has_line_break() const { return text.find('\n') != std::string::npos; }
};

struct CsvRow {
    int line = 0;  // 1-based line where the row starts
    std::vector<CsvValue> values;

    // The first value holding a line break, or nullptr.
    const CsvValue* value_with_line_break() const;
};

class CsvRows {
public:
    // `text` is the whole file (a UTF-8 byte order mark is skipped); it must outlive this.
    explicit CsvRows(std::string_view text);
    ~CsvRows();
    CsvRows(const CsvRows&) = delete;
    CsvRows& operator=(const CsvRows&) = delete;

    // The next row with something on it, or nullopt at the end of the file. Blank lines
    // are skipped. A row that is not valid CSV, has a line longer than max_csv_line_bytes,
    // or leaves a quote open for more than max_csv_line_bytes or to the end of the file,
    // is reported to `problems` and skipped. Values holding line breaks are returned: the
    // caller decides whether its file allows them.
    std::optional<CsvRow> next(FileProblems& problems);

private:
    std::string_view take_line();
    std::optional<CsvRow> parse_row(std::string_view line, FileProblems& problems);

    std::string_view text_;
    std::size_t position_ = 0;
    int line_ = 0;
    csv_parser parser_;
};

}  // namespace kiosk::content
