// reasons.yaml: grounds for release and health conditions, the chips of the Why screen.
#pragma once

#include <vector>

#include <yaml-cpp/yaml.h>

#include "content/file_problems.h"
#include "content/look_alike_names.h"
#include "content/pack.h"

namespace kiosk::content {

struct Reasons {
    std::vector<Reason> grounds;
    std::vector<Reason> conditions;
};

// The labels of each list are chips a visitor picks from, checked with `skeletons`
// (look_alike_names.h); the two lists are apart on the Why screen, under their headings.
Reasons read_reasons(const YAML::Node& document, const std::vector<LanguageCode>& languages,
                     const NameSkeletons& skeletons, FileProblems& problems);

}  // namespace kiosk::content
