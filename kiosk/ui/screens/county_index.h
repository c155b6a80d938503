// The order of a county list and the A–Z index beside it: the index jumps to the first
// county filed under a letter, so the list must be in the order the index reads.
#pragma once

#include <string>
#include <vector>

namespace kiosk::ui {

// Counties sorted as a person files them: ignoring case, spaces and punctuation, so
// "St. Louis city" sits among the S counties, between "St. Francois County" and
// "St. Louis County", and "DeKalb County" beside "Dent County".
std::vector<std::string> counties_in_index_order(std::vector<std::string> counties);

// The index letter a county is filed under: its first letter or digit, in capitals
// ("S" for "St. Louis city"). A name starting with a letter beyond ASCII ("Ñ") gives
// that letter as it is written.
std::string index_letter(const std::string& county);

}  // namespace kiosk::ui
