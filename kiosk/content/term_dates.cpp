#include "content/term_dates.h"

namespace kiosk::content {

bool term_has_ended(const Contact& contact, const std::string& today) {
    if (contact.term_ends.empty()) return false;
    // The loader accepts only YYYY-MM and YYYY-MM-DD, which order as text as they do as dates.
    const std::string first_day = contact.term_ends.size() == 7 ? contact.term_ends + "-01" : contact.term_ends;
    return today >= first_day;
}

}  // namespace kiosk::content
