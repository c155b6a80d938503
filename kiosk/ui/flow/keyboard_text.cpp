#include "ui/flow/keyboard_text.h"

#include <algorithm>
#include <utility>

namespace kiosk::ui::flow {

// Only the keyboard's own letters, so a table beats pulling in ICU.
std::string upper_case_key(const std::string& key) {
    static const std::pair<const char*, const char*> accented[] = {
        {"á", "Á"}, {"é", "É"}, {"í", "Í"}, {"ó", "Ó"}, {"ú", "Ú"}, {"ü", "Ü"},
        {"ñ", "Ñ"}, {"ç", "Ç"}, {"à", "À"}, {"è", "È"}, {"â", "Â"}, {"ê", "Ê"},
        {"ô", "Ô"}, {"ö", "Ö"}, {"ï", "Ï"}};
    if (key.size() == 1 && key[0] >= 'a' && key[0] <= 'z') return std::string(1, char(key[0] - 'a' + 'A'));
    for (const auto& [lower, upper] : accented) {
        if (key == lower) return upper;
    }
    return key;
}

std::size_t utf8_length(const std::string& text) {
    return std::size_t(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

void erase_last_character(std::string& text) {
    while (!text.empty()) {
        const char last = text.back();
        text.pop_back();
        if ((last & 0xC0) != 0x80) break;  // stop after the first byte of a character
    }
}

}  // namespace kiosk::ui::flow
