#include "install/pack_changes.h"

#include <map>
#include <set>
#include <tuple>

namespace kiosk::install {
namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
    return text;
}

// "Recipients: added a, b; removed c", or nothing when the sets are equal.
void compare_sets(const char* what, const std::set<std::string>& before, const std::set<std::string>& after,
                  std::vector<std::string>& lines) {
    std::vector<std::string> added, removed;
    for (const auto& item : after)
        if (!before.count(item)) added.push_back(item);
    for (const auto& item : before)
        if (!after.count(item)) removed.push_back(item);
    if (added.empty() && removed.empty()) return;
    std::string line = std::string(what) + ":";
    if (!added.empty()) line += " added " + joined(added);
    if (!removed.empty()) line += std::string(added.empty() ? "" : ";") + " removed " + joined(removed);
    lines.push_back(line);
}

using ContactKey = std::tuple<std::string, std::string, std::string, std::string>;  // recipient, state, county, office

std::map<ContactKey, const content::Contact*> contacts_of(const content::Pack& pack) {
    std::map<ContactKey, const content::Contact*> contacts;
    for (const auto& recipient : pack.recipients)
        for (const auto& contact : recipient.contacts)
            contacts[{recipient.id, contact.state, contact.county, contact.office}] = &contact;
    return contacts;
}

bool same_contact(const content::Contact& a, const content::Contact& b) {
    return a.name == b.name && a.address == b.address && a.term_ends == b.term_ends && a.verified_on == b.verified_on;
}

}  // namespace

std::vector<std::string> describe_changes(const content::Pack* installed, const content::Pack& incoming) {
    static const content::Pack nothing;
    const content::Pack& before = installed ? *installed : nothing;
    std::vector<std::string> lines;

    std::set<std::string> recipients_before, recipients_after, states_before, states_after, counties_before,
        counties_after, languages_before(before.info.languages.begin(), before.info.languages.end()),
        languages_after(incoming.info.languages.begin(), incoming.info.languages.end());
    for (const auto& r : before.recipients) recipients_before.insert(r.id);
    for (const auto& r : incoming.recipients) recipients_after.insert(r.id);
    for (const auto& s : before.states) {
        states_before.insert(s.id);
        for (const auto& county : s.counties) counties_before.insert(county + ", " + s.id);
    }
    for (const auto& s : incoming.states) {
        states_after.insert(s.id);
        for (const auto& county : s.counties) counties_after.insert(county + ", " + s.id);
    }
    compare_sets("Recipients", recipients_before, recipients_after, lines);
    compare_sets("States", states_before, states_after, lines);
    compare_sets("Languages", languages_before, languages_after, lines);

    // Counties come in hundreds: counted, and named only when a few change.
    std::set<std::string> added_counties, removed_counties;
    for (const auto& county : counties_after)
        if (!counties_before.count(county)) added_counties.insert(county);
    for (const auto& county : counties_before)
        if (!counties_after.count(county)) removed_counties.insert(county);
    if (added_counties.size() + removed_counties.size() <= 5) {
        compare_sets("Counties", counties_before, counties_after, lines);
    } else {
        lines.push_back("Counties: " + std::to_string(added_counties.size()) + " added, " +
                        std::to_string(removed_counties.size()) + " removed");
    }

    const auto contacts_before = contacts_of(before), contacts_after = contacts_of(incoming);
    int added = 0, removed = 0, changed = 0;
    for (const auto& [key, contact] : contacts_after) {
        const auto old = contacts_before.find(key);
        if (old == contacts_before.end()) ++added;
        else if (!same_contact(*old->second, *contact)) ++changed;
    }
    for (const auto& [key, contact] : contacts_before)
        if (!contacts_after.count(key)) ++removed;
    if (added + removed + changed > 0) {
        lines.push_back("Contacts: " + std::to_string(added) + " added, " + std::to_string(removed) + " removed, " +
                        std::to_string(changed) + " changed");
    }
    if (lines.empty()) lines.push_back("No changes to recipients, states, counties, contacts or languages");
    return lines;
}

}  // namespace kiosk::install
