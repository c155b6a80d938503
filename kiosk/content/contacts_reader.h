// contacts/<recipient-id>.csv: a recipient's contacts kept in a spreadsheet, one row per
// place, read and checked as recipients.yaml's contacts are. Optional: a pack may keep
// every contact in recipients.yaml, in these files, or some in each (never the same place
// in both).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string_view>
#include <vector>

#include "content/file_problems.h"
#include "content/pack.h"
#include "content/problem.h"
#include "content/recipients_reader.h"

namespace kiosk::content {

// The national case these are sized from: the Census lists 3,232 counties and county
// equivalents (50 states, DC, Puerto Rico, island areas), so a county-level recipient
// with a contact for each is 3,232 rows, about 0.8 MB at 250 bytes a row (office, name,
// three address lines, a source). A file may hold one row per place, so more rows than
// three times the country's counties, or more than five times its bytes, is damage; at
// these caps a hostile file still ends in well under a second and 100 MB.
constexpr std::uintmax_t max_contacts_file_bytes = 4 * 1024 * 1024;
constexpr int max_contact_rows = 10000;

// The columns, in the order staff are shown them; a file may put them in any order and
// leave out all but the first three.
const std::vector<std::string>& contact_columns();

// The contacts in a contacts CSV `text` for a recipient of `level`. Each row is checked
// as a contact in recipients.yaml is; a row for a place that `yaml_lines` (recipients.yaml's
// contacts of this recipient) already has is reported. With `states` null (states.yaml
// could not be read), states and counties are not checked.
std::vector<Contact> read_contacts_csv(std::string_view text, RecipientLevel level, const std::vector<State>* states,
                                       const ContactLines& yaml_lines, FileProblems& problems);

// Reads every `root / "contacts" / "<id>.csv"` and adds its contacts to the recipient
// with that id. `file` is what recipients.yaml gave (every id, even of recipients with
// problems); a file named after no recipient there is reported when `ids_are_certain`
// (recipients.yaml read without a problem: a misspelt id there would make a good file
// look stray). A pack without a contacts folder has no such files.
void load_contacts_csv_files(const std::filesystem::path& root, const RecipientsFile& file, bool ids_are_certain,
                             std::vector<Recipient>& recipients, const std::vector<State>* states,
                             std::vector<Problem>& all);

}  // namespace kiosk::content
