#include "test_pack.h"

namespace kiosk::letter::testing {

namespace {

content::Translated both(const std::string& en, const std::string& es) { return {{{"en", en}, {"es", es}}}; }

content::Reason reason(const std::string& id, const std::string& label_en, const std::string& phrase_en,
                       const std::string& label_es, const std::string& phrase_es) {
    return {id, both(label_en, label_es), both(phrase_en, phrase_es)};
}

const char* governor_en =
    "I am writing to ask you, as Governor of {{state.name}}, to act.\n"
    "{{#sender.city}}I write from {{sender.city}}.{{/sender.city}}\n"
    "\n"
    "{{#has_conditions}}People with {{conditions_phrase}} face the greatest risk.{{/has_conditions}}"
    "{{#has_grounds}} Please release people {{grounds_phrase}}.{{/has_grounds}}\n"
    "\n"
    "Please act while lives can still be saved.\n";

const char* governor_es =
    "Le escribo para pedirle, como Gobernador(a) de {{state.name}}, que actúe.\n"
    "\n"
    "{{#has_conditions}}Las personas con {{conditions_phrase}} corren el mayor riesgo.{{/has_conditions}}\n";

}  // namespace

content::Pack test_pack() {
    content::Pack pack;
    pack.root = "test-pack";
    pack.info.name = "Test pack";
    pack.info.languages = {"en", "es"};

    content::Recipient president;
    president.id = "president";
    president.level = content::RecipientLevel::National;
    president.label = both("President", "Presidente");
    president.office = both("President of the United States", "Presidente de los Estados Unidos");
    president.salutation = both("Dear President{{#recipient.surname}} {{recipient.surname}}{{/recipient.surname}}:",
                                "Estimado Presidente{{#recipient.surname}} {{recipient.surname}}{{/recipient.surname}}:");
    president.contacts.push_back({"", "", "President of the United States", "Donald J. Trump", "Trump", "2029-01-20",
                                  {"The White House", "1600 Pennsylvania Avenue NW", "Washington, DC 20500"}, "", "",
                                  {}, {}});

    content::Recipient governor;
    governor.id = "governor";
    governor.level = content::RecipientLevel::State;
    governor.label = both("Governor", "Gobernador(a)");
    governor.office = both("Office of the Governor of {{state.name}}", "Oficina del Gobernador de {{state.name}}");
    governor.salutation = both("Dear Governor{{#recipient.surname}} {{recipient.surname}}{{/recipient.surname}}:",
                               "Estimado(a) Gobernador(a){{#recipient.surname}} {{recipient.surname}}{{/recipient.surname}}:");
    governor.contacts.push_back({"MO", "", "Governor of Missouri", "Mike Kehoe", "Kehoe", "2029-01",
                                 {"Capitol Building Room 216", "P.O. Box 720", "Jefferson City, MO 65102"}, "", "", {}, {}});
    governor.contacts.push_back({"AR", "", "Governor of Arkansas", "Sarah Huckabee Sanders", "Sanders", "2027-01",
                                 {"State Capitol, Suite 250", "500 Woodlane Street", "Little Rock, AR 72201"}, "", "",
                                 {{"es", "Estimada Gobernadora Sanders:"}}, {}});
    // Kansas: the office is known, the holder's name is not (an election year).
    governor.contacts.push_back({"KS", "", "Governor of Kansas", "", "", "",
                                 {"State Capitol", "300 SW 10th Ave., Suite 241S", "Topeka, KS 66612-1590"}, "", "", {}, {}});

    content::Recipient sheriff;
    sheriff.id = "sheriff";
    sheriff.level = content::RecipientLevel::County;
    sheriff.label = both("Sheriff", "Alguacil");
    sheriff.office = both("Sheriff of {{county}}", "Alguacil del condado {{county}}");
    sheriff.salutation = both("Dear Sheriff{{#recipient.surname}} {{recipient.surname}}{{/recipient.surname}}:",
                              "Estimado(a) Alguacil:");

    pack.recipients = {president, governor, sheriff};
    pack.grounds = {reason("elderly", "Older or elderly", "who are elderly", "Personas mayores", "que son mayores"),
                    reason("pretrial", "Pre-trial detention", "who are held before trial", "Detención preventiva",
                           "que están detenidas antes del juicio")};
    pack.conditions = {
        reason("heart-disease", "Heart disease", "heart disease", "Enfermedades del corazón", "enfermedades del corazón"),
        reason("lung-disease", "Lung disease", "lung disease", "Enfermedades pulmonares", "enfermedades pulmonares"),
        reason("hypertension", "Hypertension", "hypertension", "Hipertensión", "hipertensión")};
    pack.states = {{"MO", both("Missouri", "Misuri"), {"Boone County", "Cole County", "St. Louis County"}, {}, {}},
                   {"AR", both("Arkansas", "Arkansas"), {"Pulaski County"}, {}, {}},
                   {"KS", both("Kansas", "Kansas"), {"Shawnee County"}, {}, {}}};

    const std::string body_en = governor_en;
    pack.templates["president"] = {{"en", body_en}, {"es", governor_es}};
    pack.templates["governor"] = {{"en", body_en}, {"es", governor_es}};
    pack.templates["sheriff"] = {{"en", "Sheriff, please release people from the {{county}} jail."},
                                 {"es", "Le pido que libere a las personas de la cárcel del condado {{county}}."}};

    pack.language_rules["en"] = {"English",
                                 {"January", "February", "March", "April", "May", "June", "July", "August",
                                  "September", "October", "November", "December"},
                                 "{{month}} {{day}}, {{year}}",
                                 "and",
                                 true,
                                 "or",
                                 {}};
    pack.language_rules["es"] = {"Español",
                                 {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                  "septiembre", "octubre", "noviembre", "diciembre"},
                                 "{{day}} de {{month}} de {{year}}",
                                 "y",
                                 false,
                                 "o",
                                 {{"y", "e", {"i", "hi"}, {"hie", "hia"}}, {"o", "u", {"o", "ho"}, {}}}};
    pack.strings["en"] = {{"letter.closing", "Sincerely,"},
                          {"letter.own-words", "In my own words"},
                          {"letter.signature", "Signature"},
                          {"letter.printed-name", "Printed name"},
                          {"letter.page", "Page {{page}}"},
                          {"letter.address.street", "Street or P.O. box"},
                          {"letter.address.city", "City, state, ZIP code"},
                          {"letter.footer", "Printed at a community letter-writing table"}};
    pack.strings["es"] = {{"letter.closing", "Atentamente,"},
                          {"letter.own-words", "En mis propias palabras"},
                          {"letter.signature", "Firma"},
                          {"letter.printed-name", "Nombre en letra de molde"},
                          {"letter.page", "Página {{page}}"},
                          {"letter.address.street", "Calle o apartado postal"},
                          {"letter.address.city", "Ciudad, estado y código postal"}};
    return pack;
}

LetterRequest typical_request() {
    LetterRequest request;
    request.recipient_id = "governor";
    request.state_id = "MO";
    request.reason_ids = {"heart-disease", "lung-disease", "hypertension"};
    request.sender.name = "José Núñez-Ødegård";
    request.sender.address_lines = {"12 Elm Street", "Columbia, MO 65201"};
    request.sender.town = "Columbia";
    request.date = {2026, 11, 25};
    return request;
}

}  // namespace kiosk::letter::testing
