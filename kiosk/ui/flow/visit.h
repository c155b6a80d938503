// Everything one visitor has chosen or typed so far. Lives in memory only: it is never
// written to disk or logged, and `wipe` overwrites the typed text before dropping it.
#pragma once

#include <string>
#include <tuple>
#include <vector>

#include "base/field_count.h"
#include "content/pack.h"

namespace kiosk::ui::flow {

enum class Field { Name, Street, Town, Zip };

struct Visit {
    content::LanguageCode language;          // the screens' language
    std::vector<std::string> recipients;     // recipient ids, in the order tapped
    std::string state;                       // state id
    bool state_not_listed = false;           // "My state is not listed": national letters only
    std::string county;                      // county name, for county-level recipients
    std::string zip;                         // typed on Where to find the county; digits only
    std::vector<std::string> reasons;        // grounds and conditions, in the order tapped
    std::string sender_name;                 // may stay empty: signed by hand
    std::string sender_street;               // "12 Elm St"
    std::string sender_town;                 // "Columbia": the letter says "I live in Columbia"
    std::string sender_zip;                  // prefilled from `zip`
    content::LanguageCode letter_language;   // empty: the screens' language
    bool more_time = false;                  // speech is on: the idle limits double
};

// Every member of a visit, for the code that must reach each one (wipe, and the test that
// checks it). Adding a member to Visit without adding it here does not compile.
inline auto every_field(Visit& visit) {
    auto fields = std::tie(visit.language, visit.recipients, visit.state, visit.state_not_listed, visit.county,
                           visit.zip, visit.reasons, visit.sender_name, visit.sender_street, visit.sender_town,
                           visit.sender_zip, visit.letter_language, visit.more_time);
    static_assert(std::tuple_size_v<decltype(fields)> == base::field_count<Visit>(),
                  "a member of Visit is missing from every_field: add it, so that wipe() reaches it");
    return fields;
}

// Overwrites every string the visitor produced, then empties the Visit, so a later
// visitor (or a memory dump) never sees the previous one's name.
void wipe(Visit& visit);

// Overwrites one typed text in place (its whole buffer), then empties it.
void wipe_text(std::string& text);
// The same for bytes that may hold typed words (a letter's PDF).
void wipe_bytes(std::vector<unsigned char>& bytes);

// The letters' language: the one chosen on Review, else the screens' language.
const content::LanguageCode& letter_language(const Visit& visit);

}  // namespace kiosk::ui::flow
