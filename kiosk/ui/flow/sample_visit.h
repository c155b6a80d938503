// A made-up visitor, for previews of a pack (`letter-kiosk preview`): what a visitor
// would choose and type, with a sender no one could take for a real person.
#pragma once

#include <string>
#include <vector>

#include "content/pack.h"
#include "ui/flow/visit.h"

namespace kiosk::ui::flow {

struct SamplePlace {
    std::string state;   // state id
    std::string county;  // "" unless the recipient is county-level
};

// Where a sample letter to `recipient` is from: the place of the pack's first contact
// for it when it has one (so the preview shows an address staff typed), else the
// pack's first state and, for a county-level recipient, that state's first county.
SamplePlace sample_place(const content::Pack& pack, const content::Recipient& recipient);

// The recipients a sample visit writes to: a state-level and a county-level one when
// the pack has them (so Where asks for a county), else its first recipient.
std::vector<std::string> sample_recipients(const content::Pack& pack);

// The visit a visitor writing to `recipients` from `place` leaves before Print: in
// `language`, the pack's first ground and first two conditions, and the sender
// "Sample Name", 1 Sample Street, Sampletown 00000.
Visit sample_visit(const content::Pack& pack, std::vector<std::string> recipients, const SamplePlace& place,
                   const content::LanguageCode& language);

}  // namespace kiosk::ui::flow
