// The values a letter template can use (the table in content/README.md), built
// from the pack and what the visitor chose. Both the composer and check-content
// use this one definition, so a name the checker accepts is a name the letter has.
#pragma once

#include <set>
#include <string>

#include <kainjow/mustache.hpp>

#include "content/pack.h"
#include "letter/letter_request.h"

namespace kiosk::letter {

// The contact a letter is addressed to: the national contact, the contact for the
// request's state, or for its state and county; nullptr when the pack knows none.
const content::Contact* find_contact(const content::Recipient& recipient, const std::string& state_id,
                                     const std::string& county);

struct TemplateInputs {
    const content::Pack& pack;
    const content::Recipient& recipient;
    const content::Contact* contact;  // may be null
    const content::State& state;
    std::vector<const content::Reason*> reasons;  // in the order chosen
    const LetterRequest& request;
    const content::LanguageCode& language;
};

kainjow::mustache::data template_values(const TemplateInputs& inputs);

// Top-level names, and the names each item of the `grounds`/`conditions` lists has.
// Besides these, "facts.NAME" for each fact of the letter's place (states.yaml).
const std::set<std::string>& template_value_names();
// What a fact's own text may use.
const std::set<std::string>& fact_value_names();
const std::set<std::string>& template_list_names();
const std::set<std::string>& template_list_item_names();

}  // namespace kiosk::letter
