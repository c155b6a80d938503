// recipients.yaml: who letters go to, and the contacts known for each.
#pragma once

#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "content/file_problems.h"
#include "content/pack.h"

namespace kiosk::content {

// The recipient ids the kiosk knows; a pack may use any of them.
const std::vector<std::string>& known_recipient_ids();

struct RecipientsFile {
    std::vector<Recipient> recipients;  // those read without problems
    // Every id given, even of recipients with other problems, so their templates are
    // not reported as strays as well.
    std::vector<std::string> ids;
};

// `states` is null when states.yaml could not be read: contacts' states and counties are
// then not checked (its own problems are reported already).
RecipientsFile read_recipients(const YAML::Node& document, const std::vector<LanguageCode>& languages,
                                       const std::vector<State>* states, FileProblems& problems);

}  // namespace kiosk::content
