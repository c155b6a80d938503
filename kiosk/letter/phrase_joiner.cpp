#include "letter/phrase_joiner.h"

#include <cstdlib>
#include <memory>

#include <utf8proc.h>

namespace kiosk::letter {

namespace {

// The text without capitals or accents ("Hígado" -> "higado"), so that a rule's
// beginnings match however the word is written. utf8proc does the Unicode case folding
// and accent stripping; an invalid text folds to nothing and so matches no rule.
std::string folded(const std::string& text) {
    utf8proc_uint8_t* out = nullptr;
    const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                                                        UTF8PROC_STRIPMARK);
    const utf8proc_ssize_t length =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()), static_cast<utf8proc_ssize_t>(text.size()),
                     &out, options);
    const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned{out, &std::free};
    if (length < 0) return {};
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(length));
}

bool starts_with_any(const std::string& word, const std::vector<std::string>& beginnings) {
    for (const std::string& beginning : beginnings) {
        const std::string start = folded(beginning);
        if (!start.empty() && word.compare(0, start.size(), start) == 0) return true;
    }
    return false;
}

std::string conjunction_before(const std::string& next, const std::string& conjunction,
                               const content::LanguageRules& rules) {
    std::string word;  // folded once, only when a rule could apply
    for (const content::ConjunctionChange& change : rules.conjunction_changes) {
        if (change.conjunction != conjunction) continue;
        if (word.empty()) word = folded(next);
        if (starts_with_any(word, change.before) && !starts_with_any(word, change.not_before)) return change.becomes;
    }
    return conjunction;
}

std::string join(const std::vector<std::string>& phrases, const std::string& conjunction,
                 const content::LanguageRules& rules) {
    if (phrases.empty()) return {};
    if (phrases.size() == 1) return phrases.front();
    std::string joined;
    for (std::size_t i = 0; i + 1 < phrases.size(); ++i) {
        if (i > 0) joined += ", ";
        joined += phrases[i];
    }
    const std::string& last = phrases.back();
    if (phrases.size() > 2 && rules.serial_comma) joined += ",";
    joined += " " + conjunction_before(last, conjunction, rules) + " " + last;
    return joined;
}

}  // namespace

std::string join_phrases(const std::vector<std::string>& phrases, const content::LanguageRules& rules) {
    return join(phrases, rules.list_and, rules);
}

std::string join_alternatives(const std::vector<std::string>& phrases, const content::LanguageRules& rules) {
    return join(phrases, rules.list_or, rules);
}

}  // namespace kiosk::letter
