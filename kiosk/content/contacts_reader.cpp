#include "content/contacts_reader.h"

#include <algorithm>
#include <array>
#include <optional>
#include <system_error>

#include "content/closest_name.h"
#include "content/csv_rows.h"
#include "content/known_places.h"
#include "content/look_alike_names.h"
#include "content/pack_folder.h"
#include "content/shown_path.h"
#include "content/text_file.h"
#include "content/text_limits.h"
#include "content/value_formats.h"

namespace kiosk::content {

namespace fs = std::filesystem;

namespace {

enum Column { StateColumn, County, Office, Name, Surname, Address1, Address2, Address3, Source, VerifiedOn, TermEnds };
constexpr std::size_t column_count = 11;
constexpr std::size_t required_columns = 3;  // state, county, office: the others may be left out

const std::string& column_name(Column column) { return contact_columns()[column]; }

std::string all_column_names() {
    std::string text;
    for (const std::string& name : contact_columns()) text += (text.empty() ? "" : ",") + name;
    return text;
}

// A spreadsheet's name for the column at 0-based `index`: A, B, ... Z, AA, AB, ...
std::string column_letter(std::size_t index) {
    std::string letters;
    for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), char('A' + (n - 1) % 26));
    return letters;
}

// Where each column is in a row (an index into its values), or nullopt when the file leaves it out.
using ColumnPositions = std::array<std::optional<std::size_t>, column_count>;

std::optional<Column> column_named(const std::string& name) {
    const auto& names = contact_columns();
    const auto found = std::find(names.begin(), names.end(), ascii_lower_case(name));
    if (found == names.end()) return std::nullopt;
    return Column(found - names.begin());
}

// The first line names the columns, in any order and in capitals or not.
std::optional<ColumnPositions> read_header(const CsvRow& row, FileProblems& problems) {
    const bool names_any = std::any_of(row.values.begin(), row.values.end(),
                                       [](const CsvValue& value) { return column_named(value.text).has_value(); });
    if (!names_any) {
        problems.add_at(row.line, 1,
                        "the first line should be the column names " + all_column_names() +
                            "; add that line above this one");
        return std::nullopt;
    }
    ColumnPositions positions;
    bool good = true;
    for (std::size_t i = 0; i < row.values.size(); ++i) {
        const CsvValue& value = row.values[i];
        const auto column = column_named(value.text);
        if (!column) {
            problems.add_at(value.line, value.column,
                            (value.text.empty() ? "column " + column_letter(i) + " has no name"
                                                : "unknown column '" + value.text + "'" +
                                                      did_you_mean(ascii_lower_case(value.text), contact_columns())) +
                                "; the columns are " + all_column_names());
            good = false;
        } else if (positions[*column]) {
            problems.add_at(value.line, value.column,
                            "column '" + column_name(*column) + "' is named twice (columns " +
                                column_letter(*positions[*column]) + " and " + column_letter(i) + ")");
            good = false;
        } else {
            positions[*column] = i;
        }
    }
    for (std::size_t column = 0; column < required_columns; ++column) {
        if (positions[column]) continue;
        problems.add_at(row.line, 1,
                        "column '" + column_name(Column(column)) + "' is missing; the first line names the columns " +
                            all_column_names() + " (state, county and office are required; the others may be left out)");
        good = false;
    }
    if (!good) return std::nullopt;
    return positions;
}

// One contacts file's rows, checked against the pack as they are read.
class ContactRows {
public:
    ContactRows(RecipientLevel level, const std::optional<KnownPlaces>& places, const ContactLines& yaml_lines,
                const ColumnPositions& positions, std::size_t columns, FileProblems& problems)
        : level_(level), places_(places), yaml_lines_(yaml_lines), positions_(positions), columns_(columns),
          problems_(problems) {}

    // The contact a row gives, or nullopt after reporting every problem it has.
    std::optional<Contact> read(const CsvRow& row) {
        if (row.values.size() != columns_) {
            const bool too_many = row.values.size() > columns_;
            const CsvValue& at = too_many ? row.values[columns_] : row.values.back();
            problems_.add_at(at.line, at.column,
                             "this row has " + std::to_string(row.values.size()) + " values, but the first line names " +
                                 std::to_string(columns_) + " columns" +
                                 (too_many ? " (a value with a comma in it goes in double quotes)" : ""));
            return std::nullopt;
        }
        row_ = &row;
        good_ = true;
        check_texts();
        Contact contact;
        contact.state = text(StateColumn);
        contact.county = text(County);
        check_place(contact.state, contact.county);
        contact.office = text(Office);
        if (contact.office.empty()) report(Office, field(Office) + " is missing");
        contact.name = text(Name);
        contact.surname = text(Surname);
        for (const Column shown : {Office, Name, Surname}) {
            if (const auto problem = hidden_character_problem(field(shown), text(shown))) report(shown, *problem);
        }
        if (!contact.name.empty() && contact.surname.empty()) {
            report(Name, field(Surname) + " is needed when 'name' is given (it goes in \"Dear Sheriff Doe:\")");
        } else if (contact.name.empty() && !contact.surname.empty()) {
            report(Surname, field(Surname) + " is given but 'name' is not; give both or neither");
        }
        for (const Column line : {Address1, Address2, Address3}) {
            if (!text(line).empty()) contact.address.push_back(text(line));
        }
        contact.source = text(Source);
        contact.verified_on = text(VerifiedOn);
        if (!contact.verified_on.empty() && !is_iso_date(contact.verified_on)) {
            report(VerifiedOn, field(VerifiedOn) + " should be a date like 2026-11-24, not '" + contact.verified_on +
                                   "'; in a spreadsheet, format the column as text");
        }
        contact.term_ends = text(TermEnds);
        if (!contact.term_ends.empty() && !is_year_month_or_date(contact.term_ends)) {
            report(TermEnds, field(TermEnds) + " should be a month like 2027-01 or a date like 2029-01-20, not '" +
                                 contact.term_ends + "'");
        }
        if (!good_ || !first_for_its_place(contact)) return std::nullopt;
        return contact;
    }

private:
    const CsvValue* value(Column column) const {
        return positions_[column] ? &row_->values[*positions_[column]] : nullptr;
    }
    std::string text(Column column) const {
        const CsvValue* found = value(column);
        return found ? found->text : std::string();
    }
    // "'verified_on' (column J)": what staff look for in the spreadsheet.
    std::string field(Column column) const {
        return "'" + column_name(column) + "'" + in_column(column);
    }
    // " (column B)", or "" when the file has no such column.
    std::string in_column(Column column) const {
        return positions_[column] ? " (column " + column_letter(*positions_[column]) + ")" : "";
    }
    // At the cell of `column`, or where the row starts when the file has no such column.
    void report(Column column, const std::string& message) {
        const CsvValue* at = value(column);
        problems_.add_at(at ? at->line : row_->line, at ? at->column : 1, message);
        good_ = false;
    }

    void check_texts() {
        for (std::size_t column = 0; column < column_count; ++column) {
            const CsvValue* found = value(Column(column));
            if (!found) continue;
            if (found->has_line_break()) {
                const bool address = column >= Address1 && column <= Address3;
                report(Column(column), field(Column(column)) + " holds a line break" +
                                           (address ? "; put each line of the address in its own column: "
                                                      "address_1, address_2, address_3"
                                                    : "; a value here is one line"));
                continue;
            }
            const std::size_t most = column == Source ? max_paragraph_characters : max_line_characters;
            if (const std::size_t characters = character_count(found->text); characters > most) {
                report(Column(column), field(Column(column)) + " is too long: " + std::to_string(characters) +
                                           " characters, where at most " + std::to_string(most) + " fit");
            }
        }
    }

    // The state and county: given as the recipient's level needs, and known to states.yaml.
    void check_place(const std::string& state_id, const std::string& county) {
        if (level_ == RecipientLevel::National) {
            if (!state_id.empty()) report(StateColumn, "a national contact is for everybody: leave 'state' empty");
            if (!county.empty()) report(County, "a national contact is for everybody: leave 'county' empty");
            return;
        }
        if (level_ == RecipientLevel::State && !county.empty()) {
            report(County, "'county' is only for county-level recipients; leave it empty");
        }
        if (level_ == RecipientLevel::County && county.empty()) report(County, field(County) + " is missing");
        if (state_id.empty()) {
            report(StateColumn, field(StateColumn) + " is missing");
            return;
        }
        if (!places_) return;
        // "Did you mean" compares against every name: only worth it while problems are shown.
        const bool suggest = !problems_.full();
        const State* state = places_->find_state(state_id);
        if (!state) {
            report(StateColumn, "state '" + state_id + "'" + in_column(StateColumn) + " is not in states.yaml" +
                                    (suggest ? did_you_mean(state_id, places_->state_ids()) : ""));
        } else if (level_ == RecipientLevel::County && !county.empty() && !places_->has_county(*state, county)) {
            report(County, "'" + county + "'" + in_column(County) + " is not a county of " + state_id + " in states.yaml" +
                               (suggest ? did_you_mean(county, state->counties) : ""));
        }
    }

    // One contact per place, whether in this file or in recipients.yaml.
    bool first_for_its_place(const Contact& contact) {
        const ContactPlace place{contact.state, contact.county};
        if (const auto in_yaml = yaml_lines_.find(place); in_yaml != yaml_lines_.end()) {
            report(StateColumn, "recipients.yaml has a contact for " + place_name(level_, place) + " too (line " +
                                    std::to_string(in_yaml->second) +
                                    "); keep each place's contact in one of the two");
            return false;
        }
        const auto [first, is_new] = lines_.emplace(place, row_->line);
        if (!is_new) {
            report(StateColumn, "a second contact for " + place_name(level_, place) + " (first on line " +
                                    std::to_string(first->second) + "); keep one per place");
        }
        return is_new;
    }

    RecipientLevel level_;
    const std::optional<KnownPlaces>& places_;
    const ContactLines& yaml_lines_;
    const ColumnPositions& positions_;
    std::size_t columns_;
    FileProblems& problems_;
    ContactLines lines_;  // of this file's contacts, by place
    const CsvRow* row_ = nullptr;
    bool good_ = true;
};

}  // namespace

const std::vector<std::string>& contact_columns() {
    static const std::vector<std::string> names = {"state",     "county",    "office", "name",        "surname",  "address_1",
                                                   "address_2", "address_3", "source", "verified_on", "term_ends"};
    return names;
}

std::vector<Contact> read_contacts_csv(std::string_view text, RecipientLevel level, const std::vector<State>* states,
                                       const ContactLines& yaml_lines, FileProblems& problems) {
    std::vector<Contact> contacts;
    CsvRows rows(text);
    const auto header = rows.next(problems);
    if (problems.any()) return contacts;  // the header line itself was damaged
    if (!header) {
        problems.add_to_file("the file is empty; it needs the line " + all_column_names() +
                             ", then one line per contact");
        return contacts;
    }
    const auto positions = read_header(*header, problems);
    if (!positions) return contacts;

    const std::optional<KnownPlaces> places = states ? std::optional<KnownPlaces>(*states) : std::nullopt;
    ContactRows reader(level, places, yaml_lines, *positions, header->values.size(), problems);
    int count = 0;
    while (auto row = rows.next(problems)) {
        if (++count > max_contact_rows) {
            problems.add_at(row->line, 0,
                            "more than " + std::to_string(max_contact_rows) +
                                " rows; a contact for every US county is about 3,200");
            break;
        }
        if (auto contact = reader.read(*row)) contacts.push_back(std::move(*contact));
    }
    return contacts;
}

void load_contacts_csv_files(const fs::path& root, const RecipientsFile& file, bool ids_are_certain,
                             std::vector<Recipient>& recipients, const std::vector<State>* states,
                             std::vector<Problem>& all) {
    const fs::path folder = "contacts";
    std::error_code error;
    if (fs::symlink_status(root / folder, error).type() == fs::file_type::not_found) return;
    for (const std::string& name : list_pack_folder(root, folder, ".csv", all)) {
        const fs::path relative = folder / name;
        const std::string id = name.substr(0, name.size() - 4);
        if (std::find(file.ids.begin(), file.ids.end(), id) == file.ids.end()) {
            if (!ids_are_certain) continue;  // a misspelt id in recipients.yaml is reported there
            all.push_back({shown_path(root, relative), 0, 0,
                           "'" + id + "' is not a recipient in recipients.yaml; name each contacts file after a "
                                      "recipient's id, like sheriff.csv"});
            continue;
        }
        const auto recipient = std::find_if(recipients.begin(), recipients.end(),
                                            [&](const Recipient& each) { return each.id == id; });
        if (recipient == recipients.end()) continue;  // recipients.yaml's problems with it are reported
        auto text = read_pack_text_file(root, relative, max_contacts_file_bytes);
        if (!text) {
            all.push_back(text.error());
            continue;
        }
        static const ContactLines none;
        const auto yaml_lines = file.contact_lines.find(id);
        FileProblems problems(shown_path(root, relative), all);
        std::vector<Contact> contacts = read_contacts_csv(
            *text, recipient->level, states, yaml_lines == file.contact_lines.end() ? none : yaml_lines->second,
            problems);
        recipient->contacts.insert(recipient->contacts.end(), std::make_move_iterator(contacts.begin()),
                                   std::make_move_iterator(contacts.end()));
    }
}

}  // namespace kiosk::content
