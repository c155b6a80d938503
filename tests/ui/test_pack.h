// A small campaign built in code, so the UI tests do not depend on the default pack's
// wording: two languages, a state-level and a county-level recipient, a few reasons.
#pragma once

#include "content/pack.h"

namespace kiosk::ui::testing {

inline content::Translated both(const std::string& en, const std::string& es) {
    return content::Translated{{{"en", en}, {"es", es}}};
}

inline content::Pack small_pack() {
    content::Pack pack;
    pack.info.name = "Test campaign";
    pack.info.languages = {"en", "es"};
    pack.info.idle = content::IdleTimes{90, 30, 45};

    content::Recipient governor;
    governor.id = "governor";
    governor.level = content::RecipientLevel::State;
    governor.label = both("Governor", "Gobernador(a)");
    governor.hint = both("Your state's governor", "El gobernador de su estado");
    content::Recipient sheriff;
    sheriff.id = "sheriff";
    sheriff.level = content::RecipientLevel::County;
    sheriff.label = both("Sheriff", "Alguacil");
    sheriff.hint = both("Your county's sheriff", "El alguacil de su condado");
    content::Recipient president;
    president.id = "president";
    president.level = content::RecipientLevel::National;
    president.label = both("President", "Presidente");
    president.hint = both("The President of the United States", "El Presidente de los Estados Unidos");
    pack.recipients = {president, governor, sheriff};

    pack.grounds = {{"elderly", both("Older or elderly", "Personas mayores"), both("older people", "personas mayores")}};
    pack.conditions = {
        {"heart-disease", both("Heart disease", "Enfermedades del corazón"), both("heart disease", "enfermedades del corazón")},
        {"lung-disease", both("Lung disease", "Enfermedades pulmonares"), both("lung disease", "enfermedades pulmonares")},
        {"hypertension", both("Hypertension", "Hipertensión"), both("hypertension", "hipertensión")}};

    pack.states = {{"MO", both("Missouri", "Misuri"), {"Adair County", "Boone County", "St. Louis City"}, {}, {}},
                   {"KS", both("Kansas", "Kansas"), {"Allen County", "Butler County"}, {}, {}}};
    pack.follow_ups = {{"webinar", both("Host a webinar", "Organice un seminario web"), "https://example.org/webinar"}};
    pack.language_rules["en"].name = "English";
    pack.language_rules["es"].name = "Español";
    return pack;
}

}  // namespace kiosk::ui::testing
