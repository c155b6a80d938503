// Turning the text of one pack file into a yaml-cpp tree, safely.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "content/file_problems.h"

namespace kiosk::content {

// Sized from the national case: states.yaml with every US county (3,232 in 56 states and
// areas) is about 3,600 nodes and 120 kB, the largest YAML file of a national pack; its
// contacts (6,464 for a sheriff and a prosecutor per county) go in contacts/*.csv
// (contacts_reader.h), which the whole national pack loads with in about 0.1 s. This is
// five times that. A tree costs about 500 bytes a node, and yaml-cpp built 20,000 tiny
// nodes in 0.4 s on this project's busy 2-core machine, so the cap keeps a hostile file
// under a second and 20 MB; the same 6,464 contacts as YAML (170,000 nodes, 2.2 MB) took
// yaml-cpp 3.3 s to load there, which is why they are not sized for.
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
