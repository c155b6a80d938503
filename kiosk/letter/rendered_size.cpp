#include "letter/rendered_size.h"

#include <algorithm>

#include "content/text_limits.h"
#include "letter/date_formatter.h"
#include "letter/template_values.h"

namespace kiosk::letter {

namespace {

namespace mustache = kainjow::mustache;

template <typename Item, typename Length>
const Item* longest(const std::vector<Item>& items, Length length) {
    const auto found = std::max_element(items.begin(), items.end(),
                                        [&](const Item& a, const Item& b) { return length(a) < length(b); });
    return found == items.end() ? nullptr : &*found;
}

// The value `name` ("recipient.office") in `values`, or null.
const mustache::data* find_value(const mustache::data& values, const std::string& name) {
    const mustache::data* value = &values;
    for (std::size_t start = 0; value && start <= name.size();) {
        const std::size_t dot = std::min(name.find('.', start), name.size());
        value = value->get(name.substr(start, dot - start));
        start = dot + 1;
    }
    return value;
}

// kainjow prints only strings for {{name}}; lists, objects and true/false print nothing.
std::size_t printed_bytes(const mustache::data* value) {
    return value && value->is_string() ? value->string_value().size() : 0;
}

// A contact with the pack's longest name, surname and office, each from whichever
// contact has it: no real contact is longer in any of them.
content::Contact longest_contact(const content::Pack& pack) {
    content::Contact longest;
    for (const content::Recipient& recipient : pack.recipients) {
        for (const content::Contact& contact : recipient.contacts) {
            if (contact.name.size() > longest.name.size()) longest.name = contact.name;
            if (contact.surname.size() > longest.surname.size()) longest.surname = contact.surname;
            if (contact.office.size() > longest.office.size()) longest.office = contact.office;
        }
    }
    return longest;
}

}  // namespace

RenderedSizeBound::RenderedSizeBound(const content::Pack& pack) {
    // The longest a visitor can type (4 bytes: the widest UTF-8 character).
    const std::string visitor_text(content::max_line_characters * 4, 'x');
    std::vector<const content::Reason*> every_reason;
    for (const auto& ground : pack.grounds) every_reason.push_back(&ground);
    for (const auto& condition : pack.conditions) every_reason.push_back(&condition);
    list_length_["grounds"] = pack.grounds.size();
    list_length_["conditions"] = pack.conditions.size();
    const content::Contact contact = longest_contact(pack);
    std::string county;
    for (const content::State& state : pack.states) {
        for (const std::string& name : state.counties) county = name.size() > county.size() ? name : county;
    }

    for (const content::LanguageCode& language : pack.info.languages) {
        const auto rules = pack.language_rules.find(language);
        if (rules == pack.language_rules.end() || pack.states.empty()) continue;
        const auto& months = rules->second.months;
        const auto month = longest(months, [](const std::string& name) { return name.size(); });
        record("month", month ? month->size() : 2);
        LetterRequest request;
        request.language = language;
        request.county = county;
        request.sender.name = request.sender.town = visitor_text;
        request.date = {2026, month ? static_cast<int>(month - months.data()) + 1 : 12, 28};
        const content::State* state =
            longest(pack.states, [&](const content::State& each) { return each.name.in(language, language).size(); });

        for (const content::Recipient& recipient : pack.recipients) {
            // Without a contact the office line is the recipient's own, rendered.
            for (const content::Contact* each : {&contact, static_cast<const content::Contact*>(nullptr)}) {
                const auto values = template_values({pack, recipient, each, *state, every_reason, request, language});
                for (const std::string& name : template_value_names())
                    record(name, printed_bytes(find_value(values, name)));
                for (const char* list : {"grounds", "conditions"}) {
                    for (const mustache::data& item : find_value(values, list)->list_value()) {
                        for (const char* field : {"phrase"}) record(field, printed_bytes(item.get(field)));
                    }
                }
            }
        }
    }
    record_facts(pack);
    record("day", 2);
    record("year", 4);
    record("page", 3);  // no letter reaches page 1,000
}

// Facts render with {{county}} and {{state.name}} only (template_check.cpp), which are
// recorded by now: each fact is as long as its longest text can render to.
void RenderedSizeBound::record_facts(const content::Pack& pack) {
    const auto record_fact = [this](const std::string& name, const content::Translated& fact) {
        for (const auto& [language, text] : fact.text) {
            if (const auto tags = scan_tags(text)) record("facts." + name, of(text, *tags));
        }
    };
    for (const content::State& state : pack.states) {
        for (const auto& [name, fact] : state.facts) record_fact(name, fact);
        for (const auto& [county, facts] : state.county_facts) {
            for (const auto& [name, fact] : facts) {
                if (fact) record_fact(name, *fact);
            }
        }
    }
}

void RenderedSizeBound::record(const std::string& name, std::size_t bytes) {
    std::size_t& most = longest_[name];
    most = std::max(most, bytes);
}

std::size_t RenderedSizeBound::of(const std::string& text, const std::vector<Tag>& tags) const {
    // Each open section and how often its content can be repeated, all told.
    std::vector<std::pair<std::string, std::size_t>> open{{"", 1}};
    std::size_t bound = 0;
    std::size_t text_start = 0;
    const auto value = [&](const std::string& name) {
        const auto found = longest_.find(name);
        return found == longest_.end() ? std::size_t{0} : found->second;
    };
    for (const Tag& tag : tags) {
        const std::size_t repeats = open.back().second;
        bound += (tag.offset - text_start) * repeats;
        text_start = tag.end;
        switch (tag.kind) {
            case TagKind::Comment:
                break;
            case TagKind::Value: {
                // A name is looked up in the open sections, innermost first, then at the top.
                std::size_t most = tag.name == "." ? value(open.back().first) : value(tag.name);
                for (const auto& [section, times] : open) most = std::max(most, value(section + "." + tag.name));
                bound += most * repeats;
                break;
            }
            case TagKind::Section: {
                const auto list = list_length_.find(tag.name);
                open.emplace_back(tag.name, repeats * (list == list_length_.end() ? 1 : list->second));
                break;
            }
            case TagKind::InvertedSection:
                open.emplace_back(tag.name, repeats);
                break;
            case TagKind::SectionEnd:
                open.pop_back();
                break;
        }
    }
    return bound + (text.size() - text_start) * open.back().second;
}

}  // namespace kiosk::letter
