#include "content/recipients_reader.h"

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "content/closest_name.h"
#include "content/mapping_fields.h"
#include "content/value_formats.h"

namespace kiosk::content {

namespace {

struct Context {
    const std::vector<LanguageCode>& languages;
    const std::vector<State>* states;
    FileProblems& problems;
};

std::optional<RecipientLevel> read_level(const MappingFields& fields) {
    const auto level = fields.text("level", Presence::Required);
    if (!level) return std::nullopt;
    if (*level == "national") return RecipientLevel::National;
    if (*level == "state") return RecipientLevel::State;
    if (*level == "county") return RecipientLevel::County;
    fields.problems().add(fields.value_mark("level"),
                          "'level' should be national, state or county, not '" + *level + "'" +
                              did_you_mean(*level, {"national", "state", "county"}));
    return std::nullopt;
}

std::vector<std::string> state_ids(const std::vector<State>& states) {
    std::vector<std::string> ids;
    for (const State& state : states) ids.push_back(state.id);
    return ids;
}

// The contact's state and county: present as the level needs and known to states.yaml.
void read_place(const MappingFields& fields, RecipientLevel level, const Context& context, Contact& contact) {
    FileProblems& problems = context.problems;
    const auto state = fields.text("state", level == RecipientLevel::National ? Presence::Optional : Presence::Required);
    const auto county = fields.text("county", level == RecipientLevel::County ? Presence::Required : Presence::Optional);
    if (level == RecipientLevel::National && state) {
        problems.add(fields.key_mark("state"), "a national contact is for everybody: leave out 'state'");
    }
    if (level != RecipientLevel::County && county) {
        problems.add(fields.key_mark("county"), "'county' is only for county-level recipients");
    }
    if (state) contact.state = *state;
    if (county) contact.county = *county;
    if (!state || !context.states || level == RecipientLevel::National) return;

    const auto known = std::find_if(context.states->begin(), context.states->end(),
                                    [&](const State& each) { return each.id == *state; });
    if (known == context.states->end()) {
        problems.add(fields.value_mark("state"),
                     "state '" + *state + "' is not in states.yaml" + did_you_mean(*state, state_ids(*context.states)));
        return;
    }
    if (county && level == RecipientLevel::County &&
        std::find(known->counties.begin(), known->counties.end(), *county) == known->counties.end()) {
        problems.add(fields.value_mark("county"), "'" + *county + "' is not a county of " + *state +
                                                      " in states.yaml" + did_you_mean(*county, known->counties));
    }
}

Contact read_contact(const YAML::Node& mapping, RecipientLevel level, const Context& context) {
    FileProblems& problems = context.problems;
    const MappingFields fields(mapping,
                               {"state", "county", "office", "name", "surname", "term_ends", "address", "source",
                                "verified_on", "salutation"},
                               "a contact", problems);
    Contact contact;
    contact.origin = {problems.file(), mapping.Mark().line + 1};
    read_place(fields, level, context, contact);
    contact.office = fields.text("office", Presence::Required).value_or("");
    contact.name = fields.text("name", Presence::Optional).value_or("");
    contact.surname = fields.text("surname", Presence::Optional).value_or("");
    for (const auto& [key, text] : {std::pair{"office", &contact.office}, std::pair{"name", &contact.name},
                                    std::pair{"surname", &contact.surname}}) {
        if (const auto problem = hidden_character_problem(std::string("'") + key + "'", *text)) {
            problems.add(fields.value_mark(key), *problem);
        }
    }
    if (!contact.name.empty() && contact.surname.empty()) {
        problems.add(fields.key_mark("name"), "'surname' is needed when 'name' is given (it goes in \"Dear Governor Kehoe:\")");
    }
    if (contact.name.empty() && !contact.surname.empty()) {
        problems.add(fields.key_mark("surname"), "'surname' is given but 'name' is not; give both or neither");
    }
    if (const auto term_ends = fields.text("term_ends", Presence::Optional)) {
        if (is_year_month_or_date(*term_ends)) {
            contact.term_ends = *term_ends;
        } else {
            problems.add(fields.value_mark("term_ends"),
                         "'term_ends' should be a month like 2027-01 or a date like 2029-01-20, not '" + *term_ends + "'");
        }
    }
    contact.address = fields.text_list("address", Presence::Optional).value_or(std::vector<std::string>{});
    contact.source = fields.text("source", Presence::Optional, max_paragraph_characters).value_or("");
    if (const auto verified_on = fields.text("verified_on", Presence::Optional)) {
        if (is_iso_date(*verified_on)) {
            contact.verified_on = *verified_on;
        } else {
            problems.add(fields.value_mark("verified_on"),
                         "'verified_on' should be a date like 2026-11-24, not '" + *verified_on + "'");
        }
    }
    if (const auto salutation =
            fields.translated("salutation", Presence::Optional, context.languages, false, max_paragraph_characters)) {
        contact.salutation = salutation->text;
    }
    return contact;
}

std::vector<Contact> read_contacts(const MappingFields& fields, RecipientLevel level, const Context& context,
                                   ContactLines& places) {
    std::vector<Contact> contacts;
    const auto list = fields.list("contacts", Presence::Optional);
    if (!list) return contacts;
    for (const YAML::Node& item : *list) {
        const auto mapping = as_mapping_item(item, "contacts", context.problems);
        if (!mapping) continue;
        Contact contact = read_contact(*mapping, level, context);
        const auto [first, is_new] = places.emplace(ContactPlace{contact.state, contact.county}, item.Mark().line + 1);
        if (!is_new) {
            context.problems.add(item.Mark(), "a second contact for " + place_name(level, first->first) +
                                                  " (first on line " + std::to_string(first->second) +
                                                  "); keep one per place");
            continue;
        }
        contacts.push_back(std::move(contact));
    }
    return contacts;
}

}  // namespace

std::string place_name(RecipientLevel level, const ContactPlace& place) {
    if (level == RecipientLevel::National) return "everybody";
    return place.second.empty() ? place.first : place.second + ", " + place.first;
}

const std::vector<std::string>& known_recipient_ids() {
    static const std::vector<std::string> ids = {"president", "governor", "prosecutor", "sheriff", "local-official"};
    return ids;
}

RecipientsFile read_recipients(const YAML::Node& document, const std::vector<LanguageCode>& languages,
                               const std::vector<State>* states, const NameSkeletons& skeletons,
                               FileProblems& problems) {
    RecipientsFile file;
    std::vector<Recipient>& recipients = file.recipients;
    const MappingFields top(document, {"recipients"}, "recipients.yaml", problems);
    const auto list = top.list("recipients", Presence::Required);
    if (!list) return file;
    const Context context{languages, states, problems};
    std::set<std::string> ids;
    TranslatedLookAlikeNames labels(skeletons, "recipient label", problems);
    for (const YAML::Node& item : *list) {
        const auto mapping = as_mapping_item(item, "recipients", problems);
        if (!mapping) continue;
        const MappingFields fields(*mapping, {"id", "level", "label", "hint", "office", "salutation", "contacts"},
                                   "a recipient", problems);
        const auto id = fields.text("id", Presence::Required);
        const auto& known = known_recipient_ids();
        if (id && std::find(known.begin(), known.end(), *id) == known.end()) {
            problems.add(fields.value_mark("id"), "unknown recipient id '" + *id + "'" + did_you_mean(*id, known) +
                                                      "; the kiosk knows president, governor, prosecutor, sheriff, "
                                                      "local-official");
        } else if (id && !ids.insert(*id).second) {
            problems.add(fields.value_mark("id"), "recipient '" + *id + "' is listed twice");
        } else if (id) {
            file.ids.push_back(*id);
        }
        const auto level = read_level(fields);
        const auto label = fields.translated("label", Presence::Required, languages);
        if (label) labels.admit(*label, (*mapping)["label"]);
        const auto hint = fields.translated("hint", Presence::Required, languages);
        const auto office = fields.translated("office", Presence::Required, languages);
        const auto salutation =
            fields.translated("salutation", Presence::Required, languages, true, max_paragraph_characters);
        ContactLines lines;
        std::vector<Contact> contacts = level ? read_contacts(fields, *level, context, lines) : std::vector<Contact>{};
        if (id) file.contact_lines[*id] = std::move(lines);
        if (!id || !level || !label || !hint || !office || !salutation) continue;
        recipients.push_back({*id, *level, *label, *hint, *office, *salutation, std::move(contacts)});
    }
    if (recipients.empty() && !problems.any()) {
        problems.add(top.key_mark("recipients"), "'recipients' needs at least one recipient");
    }
    return file;
}

}  // namespace kiosk::content
