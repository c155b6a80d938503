// recipients.yaml: who letters go to, and the contacts known for each.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "content/file_problems.h"
#include "content/look_alike_names.h"
#include "content/pack.h"

namespace kiosk::content {

// The recipient ids the kiosk knows; a pack may use any of them.
const std::vector<std::string>& known_recipient_ids();

// A contact's place: state and county ids, both empty for a national contact, the county
// empty for a state's.
using ContactPlace = std::pair<std::string, std::string>;

// The 1-based line of each contact in recipients.yaml, by place.
using ContactLines = std::map<ContactPlace, int>;

struct RecipientsFile {
    std::vector<Recipient> recipients;  // those read without problems
    // Every id given, even of recipients with other problems, so their templates are
    // not reported as strays as well.
    std::vector<std::string> ids;
    // By recipient id, where its contacts are, so that a contacts CSV giving one again
    // can point at it.
    std::map<std::string, ContactLines> contact_lines;
};

// "everybody", "MO" or "Boone County, MO": a place as messages name it.
std::string place_name(RecipientLevel level, const ContactPlace& place);

// `states` is null when states.yaml could not be read: contacts' states and counties are
// then not checked (its own problems are reported already). Recipients' labels are a
// list a visitor picks from, checked with `skeletons` (look_alike_names.h); contacts'
// offices and names are checked for characters that do not show.
RecipientsFile read_recipients(const YAML::Node& document, const std::vector<LanguageCode>& languages,
                               const std::vector<State>* states, const NameSkeletons& skeletons,
                               FileProblems& problems);

}  // namespace kiosk::content
