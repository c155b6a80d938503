// reasons.yaml: grounds for release and health conditions, the chips of the Why screen.
#pragma once

#include <vector>

#include <yaml-cpp/yaml.h>

#include "content/file_problems.h"
#include "content/pack.h"

namespace kiosk::content {

struct Reasons {
    std::vector<Reason> grounds;
    std::vector<Reason> conditions;
};

Reasons read_reasons(const YAML::Node& document, const std::vector<LanguageCode>& languages, FileProblems& problems);

}  // namespace kiosk::content
