// pack.yaml: what the pack is, its languages, paper, idle times, branding, follow-ups.
#pragma once

#include <filesystem>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "content/file_problems.h"
#include "content/pack.h"

namespace kiosk::content {

struct PackInfoFile {
    PackInfo info;
    Branding branding;  // logo made absolute (root / logo) so it can be opened as it is
    std::vector<FollowUp> follow_ups;
    YAML::Mark languages_mark;  // where the `languages` list is, for problems about it
};

PackInfoFile read_pack_info(const YAML::Node& document, const std::filesystem::path& root, FileProblems& problems);

}  // namespace kiosk::content
