// The rows of a CSV file as LibreOffice and Excel save it (RFC 4180: a value in double
// quotes may hold commas, and a doubled quote stands for one), each value placed at its
// line and column so a problem sends staff to the cell. The quoting rules are libcsv's
// (Debian's libcsv-dev); what this adds is the places, which libcsv does not track, and
// one rule of the pack: a value never spans lines.
#pragma once

#include <csv.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/file_problems.h"

namespace kiosk::content {

struct CsvValue {
    std::string text;  // unquoted, with spaces around an unquoted value trimmed
    int column = 0;    // 1-based, in characters, where the value starts on its line
};

struct CsvRow {
    int line = 0;  // 1-based
    std::vector<CsvValue> values;
};

class CsvRows {
public:
    // `text` is the whole file (a UTF-8 byte order mark is skipped); it must outlive this.
    explicit CsvRows(std::string_view text);
    ~CsvRows();
    CsvRows(const CsvRows&) = delete;
    CsvRows& operator=(const CsvRows&) = delete;

    // The next row with something on it, or nullopt at the end of the file. Blank lines
    // are skipped; a line that is not valid CSV, or that leaves a quote open (a line break
    // inside a value), is reported to `problems` and skipped.
    std::optional<CsvRow> next(FileProblems& problems);

private:
    std::optional<CsvRow> parse_line(std::string_view line, FileProblems& problems);

    std::string_view text_;
    std::size_t position_ = 0;
    int line_ = 0;
    csv_parser parser_;
};

}  // namespace kiosk::content
