#include "content/pack.h"

#include <algorithm>
#include <set>

namespace kiosk::content {

namespace {

const std::string empty_text;

template <typename Item>
const Item* find_by_id(const std::vector<Item>& items, const std::string& id) {
    const auto found = std::find_if(items.begin(), items.end(), [&](const Item& item) { return item.id == id; });
    return found == items.end() ? nullptr : &*found;
}

}  // namespace

const std::string& Translated::in(const LanguageCode& language, const LanguageCode& fallback) const {
    if (const auto found = text.find(language); found != text.end()) return found->second;
    if (const auto found = text.find(fallback); found != text.end()) return found->second;
    return empty_text;
}

std::map<std::string, const Translated*> State::facts_of(const std::string& county) const {
    std::map<std::string, const Translated*> texts;
    for (const auto& [name, text] : facts) texts.emplace(name, &text);
    const auto own = county.empty() ? county_facts.end() : county_facts.find(county);
    if (own == county_facts.end()) return texts;
    for (const auto& [name, text] : own->second) {
        if (text) {
            texts[name] = &*text;
        } else {
            texts.erase(name);
        }
    }
    return texts;
}

const Recipient* Pack::find_recipient(const std::string& id) const { return find_by_id(recipients, id); }

const State* Pack::find_state(const std::string& id) const { return find_by_id(states, id); }

const Reason* Pack::find_reason(const std::string& id) const {
    if (const Reason* ground = find_by_id(grounds, id)) return ground;
    return find_by_id(conditions, id);
}

const std::vector<ZipArea>* Pack::find_zip(const std::string& zip) const {
    const auto found = zips.find(zip);
    return found == zips.end() ? nullptr : &found->second;
}

const std::string& Pack::text(const LanguageCode& language, const std::string& key) const {
    for (const LanguageCode& each : {language, default_language()}) {
        if (const auto words = strings.find(each); words != strings.end()) {
            if (const auto found = words->second.find(key); found != words->second.end()) return found->second;
        }
    }
    // Falling back to the key itself must not hand out a reference to the caller's
    // argument (often a temporary), so unknown keys are kept here for the program's life.
    // check-content refuses packs missing a required key, so this set stays tiny.
    thread_local std::set<std::string> unknown_keys;
    return *unknown_keys.insert(key).first;
}

}  // namespace kiosk::content
