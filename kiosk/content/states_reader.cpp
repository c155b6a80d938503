#include "content/states_reader.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "content/closest_name.h"
#include "content/mapping_fields.h"
#include "content/value_formats.h"

namespace kiosk::content {

namespace {

std::vector<std::string> read_counties(const MappingFields& fields, const std::string& state_id,
                                       const NameSkeletons& skeletons) {
    std::vector<std::string> counties;
    const auto list = fields.list("counties", Presence::Required);
    if (!list) return counties;
    if (list->size() > max_counties_per_state) {
        fields.problems().add(fields.value_mark("counties"),
                              state_id + " has " + std::to_string(list->size()) + " counties; at most " +
                                  std::to_string(max_counties_per_state) +
                                  " fit on the Where screen (Texas, with the most, has 254)");
        return counties;
    }
    std::map<std::string, int> first_line;
    LookAlikeNames shown_names(skeletons, "county", fields.problems());
    for (const YAML::Node& item : *list) {
        auto county = as_text_item(item, "counties", fields.problems());
        if (!county) continue;
        if (county->empty()) {
            fields.problems().add(item.Mark(), "a county name is empty");
            continue;
        }
        const auto [earlier, is_new] = first_line.emplace(*county, item.Mark().line + 1);
        if (!is_new) {
            fields.problems().add(item.Mark(), "county '" + *county + "' is listed twice in " + state_id +
                                                   " (first on line " + std::to_string(earlier->second) + ")");
            continue;
        }
        // Kept when refused, so that what names it (county_facts) is not reported as well.
        shown_names.admit(*county, item.Mark());
        counties.push_back(*county);
    }
    // Visitors pick their county from this list, and county officials are found by it.
    if (list->size() == 0) fields.problems().add(fields.value_mark("counties"), "'counties' needs at least one county");
    return counties;
}

// A fact's name is used in templates as {{facts.NAME}}.
bool is_fact_name(const std::string& name) {
    if (name.empty() || name.size() > 40 || name[0] < 'a' || name[0] > 'z') return false;
    return std::all_of(name.begin(), name.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

// The keys of a mapping whose keys staff choose (fact names, county names), each a
// text; other keys are reported and left out.
std::vector<std::string> chosen_keys(const YAML::Node& mapping, const char* what, FileProblems& problems) {
    std::vector<std::string> keys;
    for (const auto& entry : mapping) {
        if (entry.first.IsScalar()) {
            keys.push_back(entry.first.Scalar());
        } else {
            problems.add(entry.first.Mark(), std::string("each key of '") + what + "' should be a name");
        }
    }
    return keys;
}

// `facts:` of a state (`state_fact_names` null): fact name -> a text per language, or
// nullopt where its texts have a problem (already reported). Of a county
// (`state_fact_names` its state's, those with problems included so that a problem is not
// reported again as a county's unknown fact), a fact may also be `unknown` (nullopt): the
// state's text is not true there.
std::map<std::string, std::optional<Translated>> read_fact_texts(const YAML::Node& mapping,
                                                                 const std::set<std::string>* state_fact_names,
                                                                 const std::vector<LanguageCode>& languages,
                                                                 const std::string& state_id, FileProblems& problems) {
    std::map<std::string, std::optional<Translated>> texts;
    const std::vector<std::string> names = chosen_keys(mapping, "facts", problems);
    const MappingFields fields(mapping, names, "facts", problems);
    for (const std::string& name : names) {
        if (!is_fact_name(name)) {
            problems.add(fields.key_mark(name), "fact name '" + name +
                                                    "' should be lowercase letters, digits and underscores "
                                                    "(at most 40), like county_body: templates use {{facts." +
                                                    name + "}}");
            continue;
        }
        // A county refines its state's facts: a name its state lacks is most likely a typo.
        if (state_fact_names && !state_fact_names->count(name)) {
            const std::vector<std::string> known(state_fact_names->begin(), state_fact_names->end());
            problems.add(fields.key_mark(name), "fact '" + name + "' is not in " + state_id +
                                                    "'s 'facts'; a county can only change its state's facts" +
                                                    did_you_mean(name, known));
            continue;
        }
        const YAML::Node value = mapping[name];
        if (state_fact_names && value.IsScalar() && value.Scalar() == "unknown") {
            texts[name] = std::nullopt;
            continue;
        }
        texts[name] = fields.translated(name, Presence::Required, languages, true, max_paragraph_characters);
    }
    return texts;
}

void read_facts(const MappingFields& fields, const std::vector<LanguageCode>& languages, State& state) {
    FileProblems& problems = fields.problems();
    std::set<std::string> fact_names;
    if (const auto facts = fields.mapping("facts", Presence::Optional)) {
        for (auto& [name, text] : read_fact_texts(*facts, nullptr, languages, state.id, problems)) {
            fact_names.insert(name);
            if (text) state.facts.emplace(name, std::move(*text));
        }
    }
    const auto by_county = fields.mapping("county_facts", Presence::Optional);
    if (!by_county) return;
    const std::vector<std::string> counties = chosen_keys(*by_county, "county_facts", problems);
    const MappingFields county_fields(*by_county, counties, "county_facts", problems);
    for (const std::string& county : counties) {
        if (std::find(state.counties.begin(), state.counties.end(), county) == state.counties.end()) {
            problems.add(county_fields.key_mark(county), "'" + county + "' is not a county of " + state.id +
                                                             " in its 'counties'" + did_you_mean(county, state.counties));
            continue;
        }
        if (const auto facts = county_fields.mapping(county, Presence::Required)) {
            state.county_facts.emplace(county, read_fact_texts(*facts, &fact_names, languages, state.id, problems));
        }
    }
}

}  // namespace

std::vector<State> read_states(const YAML::Node& document, const std::vector<LanguageCode>& languages,
                               const NameSkeletons& skeletons, FileProblems& problems) {
    std::vector<State> states;
    const MappingFields top(document, {"states"}, "states.yaml", problems);
    const auto list = top.list("states", Presence::Required);
    if (!list) return states;
    std::set<std::string> ids;
    TranslatedLookAlikeNames names(skeletons, "state name", problems);
    for (const YAML::Node& item : *list) {
        const auto mapping = as_mapping_item(item, "states", problems);
        if (!mapping) continue;
        const MappingFields fields(*mapping, {"id", "name", "counties", "facts", "county_facts"}, "a state",
                                   problems);
        State state;
        const auto id = fields.text("id", Presence::Required);
        if (id && !is_state_id(*id)) {
            problems.add(fields.value_mark("id"), "state id '" + *id + "' should be its postal code, like MO");
        } else if (id && !ids.insert(*id).second) {
            problems.add(fields.value_mark("id"), "state '" + *id + "' is listed twice");
        }
        const auto name = fields.translated("name", Presence::Required, languages);
        if (name) names.admit(*name, (*mapping)["name"]);
        state.counties = read_counties(fields, id.value_or("this state"), skeletons);
        state.id = id.value_or("this state");
        read_facts(fields, languages, state);
        if (!id || !name) continue;
        state.name = *name;
        states.push_back(std::move(state));
    }
    if (states.empty() && !problems.any()) problems.add(top.key_mark("states"), "'states' needs at least one state");
    return states;
}

}  // namespace kiosk::content
