#include "ui/flow/visit.h"

#include <sodium.h>

namespace kiosk::ui::flow {

// sodium_memzero is a write the compiler may not remove as a dead store before clear().
void wipe_text(std::string& text) {
    sodium_memzero(text.data(), text.capacity());
    text.clear();
    text.shrink_to_fit();
}

void wipe_bytes(std::vector<unsigned char>& bytes) {
    sodium_memzero(bytes.data(), bytes.capacity());
    bytes.clear();
    bytes.shrink_to_fit();
}

void wipe(Visit& visit) {
    wipe_text(visit.sender_name);
    wipe_text(visit.sender_street);
    wipe_text(visit.sender_town);
    wipe_text(visit.sender_zip);
    wipe_text(visit.zip);
    wipe_text(visit.state);
    wipe_text(visit.county);
    for (auto& id : visit.recipients) wipe_text(id);
    for (auto& id : visit.reasons) wipe_text(id);
    visit = Visit{};
}

const content::LanguageCode& letter_language(const Visit& visit) {
    return visit.letter_language.empty() ? visit.language : visit.letter_language;
}

}  // namespace kiosk::ui::flow
