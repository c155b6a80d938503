// strings/<lang>.yaml: how a language writes dates and lists, and its fixed words.
#pragma once

#include <map>
#include <string>

#include <yaml-cpp/yaml.h>

#include "content/file_problems.h"
#include "content/pack.h"

namespace kiosk::content {

struct StringsFile {
    LanguageRules rules;
    std::map<std::string, std::string> strings;
    // Where each key is, so a key missing from another language can point here.
    std::map<std::string, YAML::Mark> key_marks;
    YAML::Mark strings_mark;  // the `strings:` key: where missing keys are reported
};

// Reads one language's file; reports missing language fields and required string keys.
StringsFile read_strings(const YAML::Node& document, FileProblems& problems);

}  // namespace kiosk::content
