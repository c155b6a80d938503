#include "letter/phrase_joiner.h"

#include "letter/utf8.h"

namespace kiosk::letter {

namespace {

char32_t lower_unaccented(char32_t c) {
    switch (c) {
        case U'I': case U'Í': case U'Ì': case U'Ï': case U'í': case U'ì': case U'ï': return U'i';
        case U'H': return U'h';
        case U'E': case U'É': case U'é': return U'e';
        case U'A': case U'Á': case U'á': return U'a';
        default: return c;
    }
}

// Spanish writes "e" instead of "y" before a word that starts with the sound /i/:
// "i", "hi" (hipertensión, Isabel), but not before the diphthongs "hie"/"hia"
// (hierro, hiato), where the "i" is a consonant sound.
bool starts_with_i_sound(const std::string& word) {
    const std::u32string letters = decode_utf8(word);
    if (letters.empty()) return false;
    const char32_t first = lower_unaccented(letters[0]);
    if (first == U'i') return true;
    if (first != U'h' || letters.size() < 2 || lower_unaccented(letters[1]) != U'i') return false;
    if (letters.size() < 3) return true;
    const char32_t third = lower_unaccented(letters[2]);
    // Only an unaccented "i" glides: "hié" does not occur, but "hía" (ahí) is a vowel.
    return !((third == U'e' || third == U'a') && (letters[1] == U'i' || letters[1] == U'I'));
}

std::string conjunction_before(const std::string& word, const content::LanguageRules& rules) {
    if (rules.list_and == "y" && starts_with_i_sound(word)) return "e";
    return rules.list_and;
}

}  // namespace

std::string join_phrases(const std::vector<std::string>& phrases, const content::LanguageRules& rules) {
    if (phrases.empty()) return {};
    if (phrases.size() == 1) return phrases.front();
    std::string joined;
    for (std::size_t i = 0; i + 1 < phrases.size(); ++i) {
        if (i > 0) joined += ", ";
        joined += phrases[i];
    }
    const std::string& last = phrases.back();
    if (phrases.size() > 2 && rules.serial_comma) joined += ",";
    joined += " " + conjunction_before(last, rules) + " " + last;
    return joined;
}

}  // namespace kiosk::letter
