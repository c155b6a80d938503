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

// `states` is null when states.yaml could not be read: contacts' states and counties are
// then not checked (its own problems are reported already).
std::vector<Recipient> read_recipients(const YAML::Node& document, const std::vector<LanguageCode>& languages,
                                       const std::vector<State>* states, FileProblems& problems);

}  // namespace kiosk::content
