// states.yaml: the states a visitor can choose and every county of each.
#pragma once

#include <vector>

#include <yaml-cpp/yaml.h>

#include "content/file_problems.h"
#include "content/pack.h"

namespace kiosk::content {

std::vector<State> read_states(const YAML::Node& document, const std::vector<LanguageCode>& languages,
                               FileProblems& problems);

}  // namespace kiosk::content
