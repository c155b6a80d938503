#include "letter/letter_composer.h"

#include <algorithm>

#include "content/term_dates.h"
#include "letter/plain_template.h"
#include "letter/template_values.h"

namespace kiosk::letter {

namespace {

// The pack's fixed word, or `fallback` when no language of the pack defines `key`
// (older packs predate some keys; the letter must still read well).
std::string fixed_word(const content::Pack& pack, const content::LanguageCode& language, const std::string& key,
                       const std::string& fallback) {
    for (const auto& lang : {language, pack.default_language()}) {
        const auto strings = pack.strings.find(lang);
        if (strings == pack.strings.end()) continue;
        const auto found = strings->second.find(key);
        if (found != strings->second.end()) return found->second;
    }
    return fallback;
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

// Paragraphs are separated by a blank line; single newlines inside a paragraph are
// the template author's line wrapping and become spaces.
std::vector<std::string> split_paragraphs(const std::string& body) {
    std::vector<std::string> paragraphs;
    std::string current;
    std::size_t start = 0;
    auto finish_paragraph = [&] {
        const std::string paragraph = trimmed(current);
        if (!paragraph.empty()) paragraphs.push_back(paragraph);
        current.clear();
    };
    while (start <= body.size()) {
        const auto end = std::min(body.find('\n', start), body.size());
        const std::string line = trimmed(body.substr(start, end - start));
        if (line.empty()) {
            finish_paragraph();
        } else {
            if (!current.empty()) current += ' ';
            current += line;
        }
        start = end + 1;
    }
    finish_paragraph();
    return paragraphs;
}

}  // namespace

tl::expected<ComposedLetter, std::string> compose_letter(const content::Pack& pack, const LetterRequest& request) {
    const content::Recipient* recipient = pack.find_recipient(request.recipient_id);
    if (!recipient) return tl::make_unexpected("unknown recipient \"" + request.recipient_id + "\"");
    // A national letter may come from a visitor whose state the pack does not have.
    static const content::State no_state;
    const bool stateless = request.state_id.empty() && recipient->level == content::RecipientLevel::National;
    const content::State* state = stateless ? &no_state : pack.find_state(request.state_id);
    if (!state) return tl::make_unexpected("unknown state \"" + request.state_id + "\"");
    if (recipient->level == content::RecipientLevel::County) {
        if (request.county.empty()) return tl::make_unexpected("a county is needed for \"" + recipient->id + "\"");
        if (std::find(state->counties.begin(), state->counties.end(), request.county) == state->counties.end()) {
            return tl::make_unexpected("unknown county \"" + request.county + "\" in " + state->id);
        }
    }
    const content::LanguageCode& language = request.language.empty() ? pack.default_language() : request.language;
    if (!pack.language_rules.count(language)) return tl::make_unexpected("unknown language \"" + language + "\"");
    const auto templates = pack.templates.find(recipient->id);
    if (templates == pack.templates.end() || !templates->second.count(language)) {
        return tl::make_unexpected("no letter template for \"" + recipient->id + "\" in \"" + language + "\"");
    }

    std::vector<const content::Reason*> reasons;
    for (const auto& id : request.reason_ids) {
        const content::Reason* reason = pack.find_reason(id);
        if (!reason) return tl::make_unexpected("unknown ground or condition \"" + id + "\"");
        reasons.push_back(reason);
    }

    // After a term ends the office is addressed without the holder's name, and without
    // the salutation written for them: who holds it now is not known.
    const content::Contact* contact = find_contact(*recipient, state->id, request.county);
    content::Contact office_holder_unknown;
    if (contact && content::term_has_ended(*contact, request.date.iso())) {
        office_holder_unknown = *contact;
        office_holder_unknown.name.clear();
        office_holder_unknown.surname.clear();
        office_holder_unknown.salutation.clear();
        contact = &office_holder_unknown;
    }
    const auto values = template_values({pack, *recipient, contact, *state, reasons, request, language});
    // Empty values are stored as false (template_values.cpp), which has no string value.
    const auto* office_value = values.get("recipient")->get("office");
    const std::string office = office_value->is_string() ? office_value->string_value() : std::string{};

    ComposedLetter letter;
    letter.language = language;
    letter.sender_lines = request.sender.address_lines;
    letter.date = values.get("date")->string_value();

    const bool address_known = contact && !contact->address.empty();
    if (contact && !contact->name.empty()) letter.recipient_lines.push_back(contact->name);
    letter.recipient_lines.push_back(office);
    if (address_known) {
        letter.recipient_lines.insert(letter.recipient_lines.end(), contact->address.begin(), contact->address.end());
    }
    letter.address_blank = !address_known;
    if (!address_known) {
        letter.address_labels = {fixed_word(pack, language, "letter.address.street", "Street or P.O. box"),
                                  fixed_word(pack, language, "letter.address.city", "City, state, ZIP code")};
    }

    std::string salutation_template = recipient->salutation.in(language, pack.default_language());
    if (contact && contact->salutation.count(language)) salutation_template = contact->salutation.at(language);
    letter.salutation = trimmed(render_plain(salutation_template, values));
    // The layout starts the letter with the salutation; check-content refuses a pack whose
    // salutations can print nothing, so this only stops a pack that was never checked.
    if (letter.salutation.empty()) {
        return tl::make_unexpected("the salutation for \"" + recipient->id + "\" in \"" + language +
                                   "\" prints nothing for this letter");
    }

    auto& body = plain_template(templates->second.at(language));
    if (!body.is_valid()) {
        return tl::make_unexpected("letter template for \"" + recipient->id + "\" in \"" + language +
                                   "\": " + body.error_message());
    }
    letter.body_paragraphs = split_paragraphs(body.render(values));

    if (request.own_words_box) letter.own_words_label = fixed_word(pack, language, "letter.own-words", "In my own words");
    letter.closing = fixed_word(pack, language, "letter.closing", "Sincerely,");
    letter.signature_label = fixed_word(pack, language, "letter.signature", "Signature");
    letter.printed_name = request.sender.name;
    letter.printed_name_label = fixed_word(pack, language, "letter.printed-name", "Printed name");
    letter.page_header = office + " \u00B7 " + letter.date;
    letter.page_number = fixed_word(pack, language, "letter.page", "Page {{page}}");
    letter.footer = fixed_word(pack, language, "letter.footer", "");
    return letter;
}

}  // namespace kiosk::letter
