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

namespace {

void wipe_field(std::string& text) { wipe_text(text); }
void wipe_field(std::vector<std::string>& texts) {
    for (auto& text : texts) wipe_text(text);
    texts = {};
}
void wipe_field(bool& choice) { choice = false; }

}  // namespace

void wipe(Visit& visit) {
    // Every member, from the type (every_field): a member added later cannot be missed,
    // and one of a type wipe_field does not know does not compile.
    std::apply([](auto&... field) { (wipe_field(field), ...); }, every_field(visit));
    visit = Visit{};
}

const content::LanguageCode& letter_language(const Visit& visit) {
    return visit.letter_language.empty() ? visit.language : visit.letter_language;
}

}  // namespace kiosk::ui::flow
