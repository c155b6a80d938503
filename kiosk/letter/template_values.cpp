#include "letter/template_values.h"

#include <utility>
#include <vector>

#include "letter/date_formatter.h"
#include "letter/phrase_joiner.h"
#include "letter/plain_template.h"

namespace kiosk::letter {

namespace mustache = kainjow::mustache;

const content::Contact* find_contact(const content::Recipient& recipient, const std::string& state_id,
                                     const std::string& county) {
    for (const auto& contact : recipient.contacts) {
        switch (recipient.level) {
            case content::RecipientLevel::National:
                return &contact;
            case content::RecipientLevel::State:
                if (contact.state == state_id) return &contact;
                break;
            case content::RecipientLevel::County:
                if (contact.state == state_id && contact.county == county) return &contact;
                break;
        }
    }
    return nullptr;
}

namespace {

// kainjow treats an empty string as true in a section, while templates rely on
// "{{#recipient.surname}} {{recipient.surname}}{{/recipient.surname}}" vanishing
// when there is no surname: empty values are given as false, which renders as nothing.
mustache::data text_or_false(const std::string& text) {
    return text.empty() ? mustache::data{false} : mustache::data{text};
}

struct ReasonList {
    mustache::data items{mustache::data::type::list};
    std::vector<std::string> phrases;
};

void add_reason(ReasonList& list, const content::Reason& reason, const content::LanguageCode& language,
                const content::LanguageCode& fallback) {
    mustache::data item;
    // Only the phrase: a chip's label is written for the screen, never for a letter.
    item.set("phrase", reason.phrase.in(language, fallback));
    list.items.push_back(item);
    list.phrases.push_back(reason.phrase.in(language, fallback));
}

// The facts of the letter's place, each rendered: a fact may name {{county}} or
// {{state.name}} (template_check.cpp allows nothing else in a fact).
mustache::data facts_values(const TemplateInputs& in, const mustache::data& values,
                            const content::LanguageCode& fallback) {
    mustache::data facts{mustache::data::type::object};
    const std::string county = in.recipient.level == content::RecipientLevel::County ? in.request.county : "";
    for (const auto& [name, text] : in.state.facts_of(county)) {
        facts.set(name, text_or_false(render_plain(text->in(in.language, fallback), values)));
    }
    return facts;
}

bool is_ground(const content::Pack& pack, const content::Reason* reason) {
    for (const auto& ground : pack.grounds) {
        if (&ground == reason) return true;
    }
    return false;
}

}  // namespace

mustache::data template_values(const TemplateInputs& in) {
    const auto& fallback = in.pack.default_language();
    const auto& rules = in.pack.language_rules.at(in.language);

    ReasonList grounds;
    ReasonList conditions;
    std::vector<std::string> all_phrases;
    for (const content::Reason* reason : in.reasons) {
        add_reason(is_ground(in.pack, reason) ? grounds : conditions, *reason, in.language, fallback);
    }
    all_phrases = grounds.phrases;
    all_phrases.insert(all_phrases.end(), conditions.phrases.begin(), conditions.phrases.end());

    mustache::data state;
    state.set("id", in.state.id);
    state.set("name", text_or_false(in.state.name.in(in.language, fallback)));

    mustache::data sender;
    sender.set("name", text_or_false(in.request.sender.name));
    sender.set("city", text_or_false(in.request.sender.town));

    mustache::data values;
    values.set("state", state);
    values.set("county", text_or_false(in.recipient.level == content::RecipientLevel::County ? in.request.county
                                                                                            : std::string{}));
    values.set("has_grounds", !grounds.phrases.empty());
    values.set("has_conditions", !conditions.phrases.empty());
    // Any one reason is cause for release: the chosen ones are alternatives ("or").
    values.set("grounds_phrase", text_or_false(join_alternatives(grounds.phrases, rules)));
    values.set("conditions_phrase", text_or_false(join_alternatives(conditions.phrases, rules)));
    values.set("reasons_phrase", text_or_false(join_alternatives(all_phrases, rules)));
    values.set("grounds", grounds.items);
    values.set("conditions", conditions.items);
    values.set("sender", sender);
    values.set("has_sender", !in.request.sender.name.empty());
    values.set("date", format_date(in.request.date, rules));
    values.set("facts", facts_values(in, values, fallback));

    // The office line may itself be a template ("Office of the Governor of {{state.name}}"),
    // so it is rendered against everything else first.
    mustache::data recipient;
    recipient.set("title", text_or_false(in.recipient.label.in(in.language, fallback)));
    recipient.set("name", text_or_false(in.contact ? in.contact->name : std::string{}));
    recipient.set("surname", text_or_false(in.contact ? in.contact->surname : std::string{}));
    recipient.set("office", mustache::data{false});
    values.set("recipient", recipient);
    const std::string office = in.contact && !in.contact->office.empty()
                                   ? in.contact->office
                                   : render_plain(in.recipient.office.in(in.language, fallback), values);
    recipient.set("office", text_or_false(office));
    values.set("recipient", recipient);
    return values;
}

const std::set<std::string>& template_value_names() {
    static const std::set<std::string> names{
        "recipient",       "recipient.title", "recipient.office", "recipient.name",    "recipient.surname",
        "state",           "state.id",        "state.name",       "county",            "grounds",
        "conditions",      "has_grounds",     "has_conditions",   "grounds_phrase",    "conditions_phrase",
        "reasons_phrase",  "sender",          "sender.name",      "sender.city",       "has_sender",
        "date",            "facts"};
    return names;
}

const std::set<std::string>& fact_value_names() {
    static const std::set<std::string> names{"county", "state", "state.name", "state.id"};
    return names;
}

const std::set<std::string>& template_list_names() {
    static const std::set<std::string> names{"grounds", "conditions"};
    return names;
}

const std::set<std::string>& template_list_item_names() {
    static const std::set<std::string> names{"phrase", "."};
    return names;
}

}  // namespace kiosk::letter
