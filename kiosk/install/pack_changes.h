// What installing a pack would change, in a few lines staff can read before they
// decide: recipients, states, counties, contacts and languages added or removed.
#pragma once

#include <string>
#include <vector>

#include "content/pack.h"

namespace kiosk::install {

// `installed` is null when no pack is installed yet. Lines such as
// "Recipients: added sheriff; removed president" or "Contacts: 3 added, 1 changed";
// "No changes to recipients, states, counties, contacts or languages" when nothing
// differs. Ids and names come from the packs: print them with terminal_safe.
std::vector<std::string> describe_changes(const content::Pack* installed, const content::Pack& incoming);

}  // namespace kiosk::install
