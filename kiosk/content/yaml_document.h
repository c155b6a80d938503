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
// contacts (6,464 for a sheriff and a prosecutor per county) go in contacts/*.csv, read
// at a tenth of the cost (contacts_reader.h). This is five times that. yaml-cpp builds
// some 50,000 nodes a second on this project's machine and a tree costs ~500 bytes a
// node, so the cap also keeps a hostile file of tiny nodes under a second and 20 MB;
// raising it to hold 6,464 contacts in YAML (170,000 nodes, 2.2 MB) would take seconds.
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
