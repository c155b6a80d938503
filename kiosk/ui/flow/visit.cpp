#include "ui/flow/visit.h"

#include <algorithm>

namespace kiosk::ui::flow {
// A volatile write cannot be optimised away as a dead store before the clear().
void wipe_text(std::string& text) {
    volatile char* bytes = text.data();
    for (std::size_t i = 0; i < text.size(); ++i) bytes[i] = '\0';
    text.clear();
    text.shrink_to_fit();
}

void wipe(Visit& visit) {
    wipe_text(visit.sender_name);
    wipe_text(visit.sender_address);
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
