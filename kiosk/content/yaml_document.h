// Turning the text of one pack file into a yaml-cpp tree, safely.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "content/file_problems.h"

namespace kiosk::content {

// Far more nodes than any real pack file has (states.yaml, the largest, has ~800);
// the cap keeps a hostile 2 MB file from costing hundreds of megabytes as a tree.
constexpr int max_yaml_nodes = 20000;

// The top-level mapping of `text`, or nullopt with the problems reported. Refused before
// a tree is built: syntax errors, nesting deeper than yaml-cpp's guard, more than one
// document, too many nodes, and aliases (*name) — packs never need them, and a few lines
// of aliases can stand for billions of items ("billion laughs").
std::optional<YAML::Node> parse_yaml_mapping(const std::string& text, FileProblems& problems);

// Reads `root / relative` (see text_file.h) and parses it as above; problems go to `all`.
std::optional<YAML::Node> load_yaml_file(const std::filesystem::path& root, const std::filesystem::path& relative,
                                         std::vector<Problem>& all);

}  // namespace kiosk::content
