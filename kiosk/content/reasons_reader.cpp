#include "content/reasons_reader.h"

#include <map>

#include "content/mapping_fields.h"
#include "content/value_formats.h"

namespace kiosk::content {

namespace {

// Ids are shared by both lists: a letter request names reasons by id alone.
using IdsSeen = std::map<std::string, std::string>;  // id -> "ground" / "condition"

std::vector<Reason> read_list(const MappingFields& top, const char* key, const char* kind,
                              const std::vector<LanguageCode>& languages, const NameSkeletons& skeletons,
                              IdsSeen& seen) {
    std::vector<Reason> reasons;
    const auto list = top.list(key, Presence::Required);
    if (!list) return reasons;
    TranslatedLookAlikeNames labels(skeletons, std::string(kind) + " label", top.problems());
    for (const YAML::Node& item : *list) {
        const auto mapping = as_mapping_item(item, key, top.problems());
        if (!mapping) continue;
        const MappingFields fields(*mapping, {"id", "label", "phrase"}, std::string("a ") + kind, top.problems());
        const auto id = fields.text("id", Presence::Required);
        if (id && !is_plain_id(*id)) {
            top.problems().add(fields.value_mark("id"),
                               std::string(kind) + " id '" + *id + "' should use lowercase letters, digits and dashes only");
        } else if (id) {
            const auto [earlier, is_new] = seen.emplace(*id, kind);
            if (!is_new) {
                top.problems().add(fields.value_mark("id"), "id '" + *id + "' is already used by a " + earlier->second);
            }
        }
        const auto label = fields.translated("label", Presence::Required, languages);
        if (label) labels.admit(*label, (*mapping)["label"]);
        const auto phrase = fields.translated("phrase", Presence::Required, languages);
        if (id && label && phrase) reasons.push_back({*id, *label, *phrase});
    }
    return reasons;
}

}  // namespace

Reasons read_reasons(const YAML::Node& document, const std::vector<LanguageCode>& languages,
                     const NameSkeletons& skeletons, FileProblems& problems) {
    const MappingFields top(document, {"grounds", "conditions"}, "reasons.yaml", problems);
    IdsSeen seen;
    Reasons reasons;
    reasons.grounds = read_list(top, "grounds", "ground", languages, skeletons, seen);
    reasons.conditions = read_list(top, "conditions", "condition", languages, skeletons, seen);
    return reasons;
}

}  // namespace kiosk::content
