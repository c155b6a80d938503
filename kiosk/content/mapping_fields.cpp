#include "content/mapping_fields.h"

#include <algorithm>

#include "content/closest_name.h"

namespace kiosk::content {

namespace {

std::string join(const std::vector<std::string>& items) {
    std::string joined;
    for (const std::string& item : items) joined += (joined.empty() ? "" : ", ") + item;
    return joined;
}

YAML::Mark mark_or(const YAML::Node& node, const YAML::Mark& fallback) {
    const YAML::Mark mark = node.Mark();
    return mark.is_null() ? fallback : mark;
}

}  // namespace

std::string describe_kind(const YAML::Node& value) {
    switch (value.Type()) {
        case YAML::NodeType::Scalar: return "text";
        case YAML::NodeType::Sequence: return "a list";
        case YAML::NodeType::Map: return "a mapping (key: value lines)";
        default: return "empty";
    }
}

MappingFields::MappingFields(const YAML::Node& mapping, const std::vector<std::string>& known_keys,
                             std::string what, FileProblems& problems)
    : mapping_mark_(mapping.Mark()), what_(std::move(what)), problems_(problems) {
    const std::vector<std::string>& known = known_keys;
    for (const auto& entry : mapping) {
        const YAML::Node& key = entry.first;
        if (!key.IsScalar()) {
            problems_.add(mark_or(key, mapping_mark_), "a key must be a plain word, not " + describe_kind(key));
            continue;
        }
        const std::string& name = key.Scalar();
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            const std::string suggestion = did_you_mean(name, known);
            problems_.add(key.Mark(), "unknown key '" + name + "'" +
                                          (suggestion.empty() ? " in " + what_ + " (expected: " + join(known) + ")"
                                                              : suggestion));
            continue;
        }
        if (const Field* earlier = find(name)) {
            problems_.add(key.Mark(), "key '" + name + "' appears twice (first on line " +
                                          std::to_string(earlier->key_mark.line + 1) + ")");
            continue;
        }
        fields_.push_back({name, entry.second, key.Mark()});
    }
}

const MappingFields::Field* MappingFields::find(std::string_view key) const {
    const auto found = std::find_if(fields_.begin(), fields_.end(), [&](const Field& field) { return field.key == key; });
    return found == fields_.end() ? nullptr : &*found;
}

YAML::Mark MappingFields::key_mark(std::string_view key) const {
    const Field* field = find(key);
    return field ? field->key_mark : mapping_mark_;
}

YAML::Mark MappingFields::value_mark(std::string_view key) const {
    const Field* field = find(key);
    if (!field) return mapping_mark_;
    return field->value.IsNull() ? field->key_mark : mark_or(field->value, field->key_mark);
}

bool MappingFields::is_empty(std::string_view key) const {
    const Field* field = find(key);
    return field && field->value.IsNull();
}

const MappingFields::Field* MappingFields::present(std::string_view key, Presence presence) const {
    const Field* field = find(key);
    if (field && !field->value.IsNull()) return field;
    if (presence == Presence::Required) {
        if (field) {
            problems_.add(field->key_mark, "'" + std::string(key) + "' is empty in " + what_);
        } else {
            problems_.add(mapping_mark_, what_ + " is missing required field '" + std::string(key) + "'");
        }
    }
    return nullptr;
}

void MappingFields::report_kind(const Field& field, const char* expected) const {
    problems_.add(mark_or(field.value, field.key_mark),
                  "'" + field.key + "' should be " + expected + ", but it is " + describe_kind(field.value));
}

std::optional<std::string> MappingFields::text(std::string_view key, Presence presence,
                                               std::size_t most_characters) const {
    const Field* field = present(key, presence);
    if (!field) return std::nullopt;
    if (!field->value.IsScalar()) {
        report_kind(*field, "text");
        return std::nullopt;
    }
    if (!fits(field->value.Scalar(), most_characters, "'" + field->key + "'", field->value.Mark(), problems_)) {
        return std::nullopt;
    }
    return field->value.Scalar();
}

std::optional<std::vector<std::string>> MappingFields::text_list(std::string_view key, Presence presence) const {
    const Field* field = present(key, presence);
    if (!field) return std::nullopt;
    if (!field->value.IsSequence()) {
        report_kind(*field, "a list of texts, like [first, second]");
        return std::nullopt;
    }
    std::vector<std::string> texts;
    bool all_text = true;
    for (const YAML::Node& item : field->value) {
        if (auto text = as_text_item(item, field->key, problems_)) {
            texts.push_back(*text);
        } else {
            all_text = false;
        }
    }
    if (!all_text) return std::nullopt;
    return texts;
}

std::optional<bool> MappingFields::flag(std::string_view key, Presence presence) const {
    const Field* field = present(key, presence);
    if (!field) return std::nullopt;
    bool value = false;
    if (!field->value.IsScalar() || !YAML::convert<bool>::decode(field->value, value)) {
        problems_.add(mark_or(field->value, field->key_mark), "'" + field->key + "' should be true or false");
        return std::nullopt;
    }
    return value;
}

std::optional<YAML::Node> MappingFields::list(std::string_view key, Presence presence) const {
    const Field* field = present(key, presence);
    if (!field) return std::nullopt;
    if (!field->value.IsSequence()) {
        report_kind(*field, "a list (lines starting with '- ')");
        return std::nullopt;
    }
    return field->value;
}

std::optional<YAML::Node> MappingFields::mapping(std::string_view key, Presence presence) const {
    const Field* field = present(key, presence);
    if (!field) return std::nullopt;
    if (!field->value.IsMap()) {
        report_kind(*field, "a mapping (key: value lines)");
        return std::nullopt;
    }
    return field->value;
}

std::optional<Translated> MappingFields::translated(std::string_view key, Presence presence,
                                                    const std::vector<LanguageCode>& languages, bool every_language,
                                                    std::size_t most_characters) const {
    const Field* field = present(key, presence);
    if (!field) return std::nullopt;
    const std::string name(key);
    if (!field->value.IsMap()) {
        problems_.add(mark_or(field->value, field->key_mark),
                      "'" + name + "' should give a text per language, like {en: ..., es: ...}, but it is " +
                          describe_kind(field->value));
        return std::nullopt;
    }
    Translated translated;
    bool complete = true;
    for (const auto& entry : field->value) {
        const YAML::Node& language = entry.first;
        const YAML::Node& text = entry.second;
        if (!language.IsScalar()) {
            problems_.add(mark_or(language, field->key_mark), "'" + name + "' has a key that is not a language code");
            complete = false;
            continue;
        }
        const std::string& code = language.Scalar();
        if (!languages.empty() && std::find(languages.begin(), languages.end(), code) == languages.end()) {
            problems_.add_in_unknown_language(language.Mark(), code,
                                              "'" + name + "' has text in '" + code +
                                                  "', which is not one of the pack's languages (" + join(languages) +
                                                  ")" + did_you_mean(code, languages));
            complete = false;
            continue;
        }
        if (translated.text.count(code)) {
            problems_.add(language.Mark(), "'" + name + "' gives '" + code + "' twice");
            complete = false;
            continue;
        }
        if (!text.IsScalar()) {
            problems_.add(mark_or(text, language.Mark()),
                          "'" + name + "' in '" + code + "' should be text, but it is " + describe_kind(text));
            complete = false;
            continue;
        }
        // Kept even when too long, so it is not also reported missing.
        if (!fits(text.Scalar(), most_characters, "'" + name + "' in '" + code + "'", text.Mark(), problems_)) {
            complete = false;
        }
        translated.text[code] = text.Scalar();
    }
    if (every_language) {
        for (const LanguageCode& code : languages) {
            if (!translated.text.count(code)) {
                problems_.add(field->key_mark, "'" + name + "' has no '" + code + "' text");
                complete = false;
            }
        }
    }
    if (!complete) return std::nullopt;
    return translated;
}

std::optional<YAML::Node> as_mapping_item(const YAML::Node& item, std::string_view list_name, FileProblems& problems) {
    if (item.IsMap()) return item;
    problems.add(item.Mark(), "each item of '" + std::string(list_name) +
                                  "' should be a mapping (key: value lines), but this one is " + describe_kind(item));
    return std::nullopt;
}

std::optional<std::string> as_text_item(const YAML::Node& item, std::string_view list_name, FileProblems& problems) {
    if (item.IsScalar()) {
        const std::string what = "an item of '" + std::string(list_name) + "'";
        if (!fits(item.Scalar(), max_line_characters, what, item.Mark(), problems)) return std::nullopt;
        return item.Scalar();
    }
    problems.add(item.Mark(),
                 "each item of '" + std::string(list_name) + "' should be text, but this one is " + describe_kind(item));
    return std::nullopt;
}

bool fits(const std::string& text, std::size_t most_characters, const std::string& what, const YAML::Mark& where,
          FileProblems& problems) {
    const std::size_t characters = character_count(text);
    if (characters <= most_characters) return true;
    problems.add(where, what + " is too long: " + std::to_string(characters) + " characters, where at most " +
                            std::to_string(most_characters) + " fit");
    return false;
}

}  // namespace kiosk::content
