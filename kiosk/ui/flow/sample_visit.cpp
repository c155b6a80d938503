#include "ui/flow/sample_visit.h"

#include <algorithm>

namespace kiosk::ui::flow {

SamplePlace sample_place(const content::Pack& pack, const content::Recipient& recipient) {
    for (const content::Contact& contact : recipient.contacts) {
        if (contact.state.empty() || !pack.find_state(contact.state)) continue;
        if (recipient.level == content::RecipientLevel::County && contact.county.empty()) continue;
        return {contact.state, recipient.level == content::RecipientLevel::County ? contact.county : ""};
    }
    SamplePlace place;
    if (pack.states.empty()) return place;
    place.state = pack.states.front().id;
    if (recipient.level == content::RecipientLevel::County && !pack.states.front().counties.empty()) {
        place.county = pack.states.front().counties.front();
    }
    return place;
}

std::vector<std::string> sample_recipients(const content::Pack& pack) {
    std::vector<std::string> chosen;
    for (const content::RecipientLevel level : {content::RecipientLevel::State, content::RecipientLevel::County}) {
        const auto found = std::find_if(pack.recipients.begin(), pack.recipients.end(),
                                        [&](const content::Recipient& recipient) { return recipient.level == level; });
        if (found != pack.recipients.end()) chosen.push_back(found->id);
    }
    if (chosen.empty() && !pack.recipients.empty()) chosen.push_back(pack.recipients.front().id);
    return chosen;
}

Visit sample_visit(const content::Pack& pack, std::vector<std::string> recipients, const SamplePlace& place,
                   const content::LanguageCode& language) {
    Visit visit;
    visit.language = language;
    visit.recipients = std::move(recipients);
    visit.state = place.state;
    visit.county = place.county;
    if (!pack.grounds.empty()) visit.reasons.push_back(pack.grounds.front().id);
    for (std::size_t i = 0; i < pack.conditions.size() && i < 2; ++i) visit.reasons.push_back(pack.conditions[i].id);
    visit.sender_name = "Sample Name";
    visit.sender_street = "1 Sample Street";
    visit.sender_town = "Sampletown";
    visit.sender_zip = "00000";
    return visit;
}

}  // namespace kiosk::ui::flow
