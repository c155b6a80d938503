#include "content/contact_warnings.h"

#include <algorithm>
#include <tuple>

#include "content/counted.h"
#include "content/term_dates.h"
#include "content/terminal_text.h"

namespace kiosk::content {

namespace {

std::string described(const Recipient& recipient, const Contact& contact) {
    std::string place = contact.county.empty() ? contact.state : contact.county + ", " + contact.state;
    return contact.office + " (" + recipient.id + (place.empty() ? "" : ", " + place) + ")";
}

}  // namespace

std::vector<Problem> contact_warnings(const Pack& pack, const std::string& today) {
    std::vector<Problem> warnings;
    for (const Recipient& recipient : pack.recipients) {
        for (const Contact& contact : recipient.contacts) {
            const auto warn = [&](const std::string& text) {
                warnings.push_back({contact.origin.file, contact.origin.line, 0, "warning: " + text});
            };
            if (term_has_ended(contact, today)) {
                const std::string holder = contact.name.empty() ? "" : contact.name + "'s ";
                warn(described(recipient, contact) + ": " + holder + "term ended " + contact.term_ends +
                     "; letters print without the holder's name. Put in the new holder's name and term_ends");
            }
            if (contact.verified_on.empty() && !contact.address.empty()) {
                warn(described(recipient, contact) +
                     ": address not verified (no verified_on); check it before the event");
            }
        }
    }
    std::stable_sort(warnings.begin(), warnings.end(), [](const Problem& a, const Problem& b) {
        return std::tie(a.file, a.line) < std::tie(b.file, b.line);
    });
    return warnings;
}

std::vector<std::string> contact_warning_lines(const Pack& pack, const std::string& today, std::size_t most) {
    const std::vector<Problem> warnings = contact_warnings(pack, today);
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < std::min(most, warnings.size()); ++i) lines.push_back(terminal_safe(warnings[i].to_string()));
    if (warnings.size() > most) {
        lines.push_back("... and " + counted(warnings.size() - most, "more contact", "more contacts") +
                        ": letter-kiosk check-content lists them all");
    }
    return lines;
}

}  // namespace kiosk::content
