#include "content/strings_reader.h"

#include "content/closest_name.h"
#include "content/look_alike_names.h"
#include "content/mapping_fields.h"
#include "content/required_strings.h"

namespace kiosk::content {

namespace {

// The conjunctions written another way before some sounds (pack.h, ConjunctionChange).
void read_conjunction_changes(const MappingFields& fields, LanguageRules& rules) {
    const auto list = fields.list("conjunction_changes", Presence::Optional);
    if (!list) return;
    for (const YAML::Node& item : *list) {
        const auto mapping = as_mapping_item(item, "conjunction_changes", fields.problems());
        if (!mapping) continue;
        const MappingFields change_fields(*mapping, {"conjunction", "becomes", "before", "not_before"},
                                          "a conjunction change", fields.problems());
        ConjunctionChange change;
        const auto conjunction = change_fields.text("conjunction", Presence::Required);
        const auto becomes = change_fields.text("becomes", Presence::Required);
        const auto before = change_fields.text_list("before", Presence::Required);
        change.not_before = change_fields.text_list("not_before", Presence::Optional).value_or(std::vector<std::string>{});
        if (conjunction && *conjunction != rules.list_and && *conjunction != rules.list_or) {
            fields.problems().add(change_fields.value_mark("conjunction"),
                                  "'conjunction' should be this language's 'and' ('" + rules.list_and + "') or 'or' ('" +
                                      rules.list_or + "'), not '" + *conjunction + "'");
            continue;
        }
        if (!conjunction || !becomes || !before) continue;
        change.conjunction = *conjunction;
        change.becomes = *becomes;
        change.before = *before;
        rules.conjunction_changes.push_back(std::move(change));
    }
}

void read_language_rules(const MappingFields& top, LanguageRules& rules) {
    const auto block = top.mapping("language", Presence::Required);
    if (!block) return;
    const MappingFields fields(*block, language_block_fields(), "the language block", top.problems());
    rules.name = fields.text("name", Presence::Required).value_or("");
    // The language button shows it: a visitor picks a language by this name.
    if (const auto problem = hidden_character_problem("language 'name'", rules.name)) {
        top.problems().add(fields.value_mark("name"), *problem);
    }
    if (const auto months = fields.text_list("months", Presence::Required)) {
        if (months->size() == 12) {
            rules.months = *months;
        } else {
            top.problems().add(fields.value_mark("months"), "'months' should list 12 month names, not " +
                                                                std::to_string(months->size()));
        }
    }
    rules.date_pattern = fields.text("date", Presence::Required).value_or("");
    rules.list_and = fields.text("and", Presence::Required).value_or("");
    rules.list_or = fields.text("or", Presence::Required).value_or("");
    rules.serial_comma = fields.flag("serial_comma", Presence::Required).value_or(false);
    read_conjunction_changes(fields, rules);
}

// " (is 'letter.closin' a typo of it?)" when a key present looks like `required` mistyped.
std::string typo_hint(const std::string& required, const std::vector<std::string>& present) {
    const auto close = closest_name(required, present);
    return close ? " (is '" + *close + "' a typo of it?)" : "";
}

// Keys are not known in advance here, so the mapping is read by hand rather than
// through MappingFields; still only text values are accepted.
void read_fixed_words(const MappingFields& top, StringsFile& file) {
    file.strings_mark = top.key_mark("strings");
    const auto block = top.mapping("strings", Presence::Required);
    if (!block) return;
    FileProblems& problems = top.problems();
    for (const auto& entry : *block) {
        const YAML::Node& key = entry.first;
        const YAML::Node& value = entry.second;
        if (!key.IsScalar()) {
            problems.add(key.Mark(), "a string key must be a plain word like letter.closing");
            continue;
        }
        const std::string& name = key.Scalar();
        if (const auto earlier = file.key_marks.find(name); earlier != file.key_marks.end()) {
            problems.add(key.Mark(), "key '" + name + "' appears twice (first on line " +
                                         std::to_string(earlier->second.line + 1) + ")");
            continue;
        }
        file.key_marks.emplace(name, key.Mark());
        if (!value.IsScalar()) {
            problems.add(value.IsNull() ? key.Mark() : value.Mark(),
                         "'" + name + "' should be text, but it is " + describe_kind(value));
            continue;
        }
        if (!fits(value.Scalar(), max_paragraph_characters, "'" + name + "'", value.Mark(), problems)) continue;
        file.strings.emplace(name, value.Scalar());
    }
    std::vector<std::string> present;
    for (const auto& [key, mark] : file.key_marks) present.push_back(key);
    for (const std::string& required : required_string_keys()) {
        if (!file.key_marks.count(required)) {
            problems.add(file.strings_mark,
                         "required key '" + required + "' is missing from 'strings'" + typo_hint(required, present));
        }
    }
}

}  // namespace

StringsFile read_strings(const YAML::Node& document, FileProblems& problems) {
    const MappingFields top(document, {"language", "strings"}, "a strings file", problems);
    StringsFile file;
    read_language_rules(top, file.rules);
    read_fixed_words(top, file);
    return file;
}

}  // namespace kiosk::content
