// states.yaml: the states a visitor can choose and every county of each.
#pragma once

#include <vector>

#include <yaml-cpp/yaml.h>

#include "content/file_problems.h"
#include "content/look_alike_names.h"
#include "content/pack.h"

namespace kiosk::content {

// Texas has the most counties of any state, 254; the Where screen lays out every county
// of a state as a button, so four times that is damage, not a campaign.
constexpr std::size_t max_counties_per_state = 1000;

// State names and each state's counties are lists a visitor picks from, checked with
// `skeletons` (look_alike_names.h).
std::vector<State> read_states(const YAML::Node& document, const std::vector<LanguageCode>& languages,
                               const NameSkeletons& skeletons, FileProblems& problems);

}  // namespace kiosk::content
