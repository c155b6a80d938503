#include "content/states_reader.h"

#include <map>
#include <set>

#include "content/mapping_fields.h"
#include "content/value_formats.h"

namespace kiosk::content {

namespace {

std::vector<std::string> read_counties(const MappingFields& fields, const std::string& state_id) {
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
        counties.push_back(*county);
    }
    // Visitors pick their county from this list, and county officials are found by it.
    if (list->size() == 0) fields.problems().add(fields.value_mark("counties"), "'counties' needs at least one county");
    return counties;
}

}  // namespace

std::vector<State> read_states(const YAML::Node& document, const std::vector<LanguageCode>& languages,
                               FileProblems& problems) {
    std::vector<State> states;
    const MappingFields top(document, {"states"}, "states.yaml", problems);
    const auto list = top.list("states", Presence::Required);
    if (!list) return states;
    std::set<std::string> ids;
    for (const YAML::Node& item : *list) {
        const auto mapping = as_mapping_item(item, "states", problems);
        if (!mapping) continue;
        const MappingFields fields(*mapping, {"id", "name", "counties"}, "a state", problems);
        State state;
        const auto id = fields.text("id", Presence::Required);
        if (id && !is_state_id(*id)) {
            problems.add(fields.value_mark("id"), "state id '" + *id + "' should be its postal code, like MO");
        } else if (id && !ids.insert(*id).second) {
            problems.add(fields.value_mark("id"), "state '" + *id + "' is listed twice");
        }
        const auto name = fields.translated("name", Presence::Required, languages);
        state.counties = read_counties(fields, id.value_or("this state"));
        if (!id || !name) continue;
        state.id = *id;
        state.name = *name;
        states.push_back(std::move(state));
    }
    if (states.empty() && !problems.any()) problems.add(top.key_mark("states"), "'states' needs at least one state");
    return states;
}

}  // namespace kiosk::content
