// The fields of one YAML mapping, read the only way a pack is ever read: by asking for
// the keys the schema expects. The keys are gone through once up front, so typos are
// reported ("unknown key 'labl' (did you mean 'label'?)") and repeated keys caught
// (yaml-cpp would silently keep one). Nothing here walks a tree generically.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/file_problems.h"
#include "content/pack.h"
#include "content/text_limits.h"

namespace kiosk::content {

enum class Presence { Required, Optional };

// "a list", "text", "a mapping (key: value lines)": how staff would describe a value.
std::string describe_kind(const YAML::Node& value);

class MappingFields {
public:
    // `what` names the mapping in messages ("recipient 'governor'", "pack.yaml").
    MappingFields(const YAML::Node& mapping, const std::vector<std::string>& known_keys, std::string what,
                  FileProblems& problems);

    YAML::Mark key_mark(std::string_view key) const;    // where the key is; the mapping when absent
    YAML::Mark value_mark(std::string_view key) const;  // where its value is; the key when empty
    bool has(std::string_view key) const { return find(key) != nullptr; }
    // The key is there with nothing after it (`primary:`), which the getters take as absent.
    bool is_empty(std::string_view key) const;

    // Each getter reports a missing required field, a value of the wrong kind or a text
    // longer than `most_characters` (text_limits.h), and then returns nullopt. An empty
    // value (`name:`) counts as absent.
    std::optional<std::string> text(std::string_view key, Presence presence,
                                    std::size_t most_characters = max_line_characters) const;
    std::optional<std::vector<std::string>> text_list(std::string_view key, Presence presence) const;
    std::optional<bool> flag(std::string_view key, Presence presence) const;
    std::optional<YAML::Node> list(std::string_view key, Presence presence) const;
    std::optional<YAML::Node> mapping(std::string_view key, Presence presence) const;
    // Text in every one of `languages` (reports missing and unknown languages). With
    // `every_language` false, only the languages given are needed (per-contact overrides).
    // When `languages` is empty (pack.yaml unreadable) only the shape is checked.
    std::optional<Translated> translated(std::string_view key, Presence presence,
                                         const std::vector<LanguageCode>& languages, bool every_language = true,
                                         std::size_t most_characters = max_line_characters) const;

    FileProblems& problems() const { return problems_; }

private:
    struct Field {
        std::string key;
        YAML::Node value;
        YAML::Mark key_mark;
    };
    const Field* find(std::string_view key) const;
    // The field's value when present and not empty; reports it missing when required.
    const Field* present(std::string_view key, Presence presence) const;
    void report_kind(const Field& field, const char* expected) const;

    YAML::Mark mapping_mark_;
    std::string what_;
    std::vector<Field> fields_;
    FileProblems& problems_;
};

// The mapping inside a list item, or nullopt after reporting what the item is instead.
std::optional<YAML::Node> as_mapping_item(const YAML::Node& item, std::string_view list_name, FileProblems& problems);

// A text item of a list, or nullopt after reporting what the item is instead or that it
// is longer than max_line_characters.
std::optional<std::string> as_text_item(const YAML::Node& item, std::string_view list_name, FileProblems& problems);

// Reports `text`, the value of `what` at `where`, when it is longer than `most_characters`.
bool fits(const std::string& text, std::size_t most_characters, const std::string& what, const YAML::Mark& where,
          FileProblems& problems);

}  // namespace kiosk::content
