// What staff should look at before an event about the pack's contacts: terms that have
// ended (letters print without the holder's name) and addresses nobody has verified.
// Warnings, not problems: the pack is still fit to use. check-content prints them and
// the staff screen can show them.
#pragma once

#include <string>
#include <vector>

#include "content/pack.h"
#include "content/problem.h"

namespace kiosk::content {

// One line per contact concerned, in file and line order, each naming the contact's
// file and line (no column). `today` is the kiosk's date, "2027-02-01".
std::vector<Problem> contact_warnings(const Pack& pack, const std::string& today);

// The same for a screen: at most `most` lines "file:line: warning: ...", control
// characters escaped, then one line saying how many more there are and where to read
// them all (a national pack can have thousands).
std::vector<std::string> contact_warning_lines(const Pack& pack, const std::string& today, std::size_t most);

}  // namespace kiosk::content
