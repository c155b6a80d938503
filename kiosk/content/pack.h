// The content pack as plain data: what a campaign brings on a USB stick, after
// it has been loaded and validated. Nothing here knows about YAML, PDFs or SFML.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::content {

using LanguageCode = std::string;  // "en", "es", ...

// A text given in every language of the pack, keyed by language code.
struct Translated {
    std::map<LanguageCode, std::string> text;

    // The text in `language`, or in `fallback` when that language is missing.
    const std::string& in(const LanguageCode& language, const LanguageCode& fallback) const;
};

enum class PaperSize { Letter, A4 };

enum class RecipientLevel {
    National,  // one contact for everybody (the President)
    State,     // one contact per state (a governor)
    County     // one contact per county, usually unknown (a sheriff)
};

// Where a letter goes. An empty address means "leave the block to fill in by hand".
struct Contact {
    std::string state;   // "" for national contacts, else a state id
    std::string county;  // "" unless the contact is for one county
    std::string office;  // "Governor of Missouri"
    std::string name;    // "Mike Kehoe"; may be empty (offices change hands)
    std::string surname; // "Kehoe", for the salutation; empty when name is empty
    std::string term_ends;
    std::vector<std::string> address;
    std::string source;       // where the address was checked
    std::string verified_on;  // ISO date; empty = not verified (staff are told)
    std::map<LanguageCode, std::string> salutation;  // optional per-contact override
};

struct Recipient {
    std::string id;  // "president", "governor", "prosecutor", "sheriff", "local-official"
    RecipientLevel level = RecipientLevel::State;
    Translated label;       // card title: "Governor"
    Translated hint;        // card subtitle: "Your state's governor"
    Translated office;      // first address line when no contact is known (Mustache)
    Translated salutation;  // "Dear Governor{{#recipient.surname}} ...:" (Mustache)
    std::vector<Contact> contacts;
};

// A ground for release or a health condition: a chip on screen, a phrase in the letter.
struct Reason {
    std::string id;
    Translated label;   // chip text: "Heart disease"
    Translated phrase;  // in a sentence: "heart disease"
};

struct State {
    std::string id;  // postal code: "MO"
    Translated name;
    std::vector<std::string> counties;  // ids are the county names: "Boone County"
};

// One county a ZIP code touches (Census ZCTA to county): a ZIP may touch several.
struct ZipArea {
    std::string state;   // state id
    std::string county;  // county id, as in State::counties
};

struct FollowUp {
    std::string id;  // "webinar", "sign-on"
    Translated label;
    std::string url;  // shown as a QR code; never opened by the kiosk
};

struct Branding {
    std::string primary = "#1B4F72";     // buttons, headings
    std::string on_primary = "#FFFFFF";  // text on primary
    std::string background = "#FFFFFF";
    std::string text = "#1A1A1A";
    std::filesystem::path logo;  // optional, inside the pack
};

// How a language writes dates and lists, and the fixed words of a letter.
struct LanguageRules {
    std::string name;                 // "English", "Español": shown on the language button
    std::vector<std::string> months;  // 12 month names
    std::string date_pattern;         // Mustache: "{{month}} {{day}}, {{year}}"
    std::string list_and;             // "and" / "y"
    bool serial_comma = false;        // "a, b, and c" (en) vs "a, b y c" (es)
};

struct IdleTimes {
    int still_there_after_seconds = 90;
    int reset_after_seconds = 30;  // after "Still there?" appears
    int done_reset_after_seconds = 45;
};

struct PackInfo {
    std::string name;
    std::string organisation;
    std::string version;
    std::string contacts_verified_on;
    std::vector<LanguageCode> languages;  // the first is the default
    PaperSize paper = PaperSize::Letter;
    IdleTimes idle;
};

struct Pack {
    std::filesystem::path root;        // the folder the pack was loaded from, absolute
    std::filesystem::path shown_root;  // the same as staff named it, for messages (shown_path.h)
    PackInfo info;
    Branding branding;
    std::vector<Recipient> recipients;
    std::vector<Reason> grounds;
    std::vector<Reason> conditions;
    std::vector<State> states;
    std::vector<FollowUp> follow_ups;
    // Letter body templates (Mustache), by recipient id then language.
    std::map<std::string, std::map<LanguageCode, std::string>> templates;
    std::map<LanguageCode, LanguageRules> language_rules;
    // Fixed words, by language then key: "letter.closing", "ui.welcome.tap", ...
    std::map<LanguageCode, std::map<std::string, std::string>> strings;
    // Five-digit ZIP code to the counties it touches (zips.csv); empty when the pack has none.
    std::map<std::string, std::vector<ZipArea>> zips;

    const LanguageCode& default_language() const { return info.languages.front(); }
    const Recipient* find_recipient(const std::string& id) const;
    const State* find_state(const std::string& id) const;
    const Reason* find_reason(const std::string& id) const;  // grounds, then conditions
    // The counties a ZIP code touches, or nullptr when the pack does not know it.
    const std::vector<ZipArea>* find_zip(const std::string& zip) const;
    // The string `key` in `language`, falling back to the default language, then to the key.
    const std::string& text(const LanguageCode& language, const std::string& key) const;
};

}  // namespace kiosk::content
