// Everything one visitor has chosen or typed so far. Lives in memory only: it is never
// written to disk or logged, and `wipe` overwrites the typed text before dropping it.
#pragma once

#include <string>
#include <vector>

#include "content/pack.h"

namespace kiosk::ui::flow {

enum class Field { Name, Address };

struct Visit {
    content::LanguageCode language;          // the screens' language
    std::vector<std::string> recipients;     // recipient ids, in the order tapped
    std::string state;                       // state id
    std::string county;                      // county name, for county-level recipients
    std::vector<std::string> reasons;        // grounds and conditions, in the order tapped
    std::string sender_name;                 // may stay empty: signed by hand
    std::string sender_address;              // street address or just "City ZIP"
    content::LanguageCode letter_language;   // empty: the screens' language
};

// Overwrites every string the visitor produced, then empties the Visit, so a later
// visitor (or a memory dump) never sees the previous one's name.
void wipe(Visit& visit);

// Overwrites one typed text in place, then empties it.
void wipe_text(std::string& text);

// The letters' language: the one chosen on Review, else the screens' language.
const content::LanguageCode& letter_language(const Visit& visit);

}  // namespace kiosk::ui::flow
