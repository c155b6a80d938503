#include "letter/rendered_text_check.h"

#include <set>
#include <string>
#include <tuple>

#include "letter/date_formatter.h"
#include "letter/plain_template.h"
#include "letter/rendered_size.h"
#include "letter/template_tags.h"
#include "letter/template_values.h"

namespace kiosk::letter {

namespace {

// As the layout sees it: text is what its line breaker does not take for space.
bool prints_something(const std::string& text) { return text.find_first_not_of(" \t\r\n") != std::string::npos; }

// The contacts a recipient's letters can go to, one of each kind: the pack's contacts
// that differ in what a text can test (a name; their own salutation), the same without
// the name, and none at all (null).
std::vector<const content::Contact*> contact_kinds(const content::Recipient& recipient,
                                                   std::vector<content::Contact>& nameless) {
    std::vector<const content::Contact*> kinds{nullptr};
    std::set<std::tuple<bool, std::map<content::LanguageCode, std::string>>> seen;
    nameless.reserve(recipient.contacts.size());
    for (const content::Contact& contact : recipient.contacts) {
        if (!seen.emplace(contact.name.empty(), contact.salutation).second) continue;
        kinds.push_back(&contact);
        if (contact.name.empty() || !seen.emplace(true, contact.salutation).second) continue;
        content::Contact without_name = contact;
        without_name.name.clear();
        without_name.surname.clear();
        nameless.push_back(std::move(without_name));
        kinds.push_back(&nameless.back());
    }
    return kinds;
}

struct ReasonChoice {
    std::vector<const content::Reason*> reasons;
    const char* described;
};

std::vector<ReasonChoice> reason_choices(const content::Pack& pack) {
    ReasonChoice grounds{{}, "every ground chosen"};
    for (const auto& ground : pack.grounds) grounds.reasons.push_back(&ground);
    ReasonChoice conditions{{}, "every condition chosen"};
    for (const auto& condition : pack.conditions) conditions.reasons.push_back(&condition);
    ReasonChoice all{grounds.reasons, "every reason chosen"};
    all.reasons.insert(all.reasons.end(), conditions.reasons.begin(), conditions.reasons.end());
    return {{{}, "no reason chosen"}, grounds, conditions, all};
}

std::string described(const content::Contact* contact, const ReasonChoice& reasons, bool sender_known) {
    const std::string to = !contact                ? "to an office with no contact in the pack"
                           : contact->name.empty() ? "to " + contact->office + " with no name known"
                                                   : "to " + contact->name;
    return "for a letter " + to + ", with " + reasons.described + ", from a visitor who gave " +
           (sender_known ? "a name and town" : "no name");
}

class RenderedTextCheck {
public:
    RenderedTextCheck(const content::Pack& pack, const PackTextSources& sources)
        : pack_(pack), sources_(sources), size_bound_(pack) {}

    std::vector<content::Problem> run() {
        for (const auto& [language, rules] : pack_.language_rules) check_date_and_page(language, rules);
        for (const content::Recipient& recipient : pack_.recipients) {
            for (const content::LanguageCode& language : pack_.info.languages) check_letters(recipient, language);
        }
        return std::move(problems_);
    }

private:
    // Each text is reported once, for its first problem; it is not rendered again after.
    bool reported(const TextSource& source, const std::string& text) const {
        return reported_.count(source.file + '\0' + text) > 0;
    }
    void report(const TextSource& source, const std::string& text, const std::string& what) {
        if (!reported_.insert(source.file + '\0' + text).second) return;
        problems_.push_back(problem_in(source, text, 0, what));
    }

    // Reports `text` when it can render to more than a letter can print. Checked before
    // any rendering, so that rendering every kind of letter stays cheap.
    void check_size(const TextSource& source, const std::string& text, const std::string& what) {
        const auto tags = scan_tags(text);  // the template check accepted the text
        if (!tags || reported(source, text)) return;
        if (const std::size_t most = size_bound_.of(text, *tags); most > max_text_bytes) {
            report(source, text,
                   what + " can print up to " + std::to_string(most) +
                       " bytes (with every reason chosen and the pack's longest texts); a letter can print at most " +
                       std::to_string(max_text_bytes));
        }
    }

    void check_prints(const TextSource& source, const std::string& text, const kainjow::mustache::data& values,
                      const std::string& what) {
        if (reported(source, text)) return;
        if (!prints_something(render_plain(text, values))) report(source, text, what);
    }

    void check_date_and_page(const content::LanguageCode& language, const content::LanguageRules& rules) {
        const TextSource date = sources_.strings_text(language, rules.date_pattern);
        check_size(date, rules.date_pattern, "the date pattern");
        if (!reported(date, rules.date_pattern) && !prints_something(format_date({2026, 11, 25}, rules))) {
            report(date, rules.date_pattern,
                   "the date pattern prints nothing; it needs {{day}}, {{month}} or {{year}} outside any section");
        }
        const auto strings = pack_.strings.find(language);
        if (strings == pack_.strings.end()) return;
        const auto page = strings->second.find("letter.page");
        if (page == strings->second.end()) return;
        const TextSource where = sources_.strings_text(language, page->second);
        check_size(where, page->second, "'letter.page'");
        kainjow::mustache::data values;
        values.set("page", "2");
        check_prints(where, page->second, values,
                     "'letter.page' prints nothing; it needs {{page}} outside any section");
    }

    void check_letters(const content::Recipient& recipient, const content::LanguageCode& language) {
        const auto templates = pack_.templates.find(recipient.id);
        if (templates == pack_.templates.end() || !templates->second.count(language)) return;
        const std::string& body = templates->second.at(language);
        const std::string& salutation = recipient.salutation.in(language, pack_.default_language());
        const std::string& office = recipient.office.in(language, pack_.default_language());
        check_size(sources_.template_file(recipient.id, language), body, "the letter body");
        check_size(sources_.recipients_text(salutation), salutation, "the salutation");
        check_size(sources_.recipients_text(office), office, "the office line");
        for (const content::Contact& contact : recipient.contacts) {
            if (const auto own = contact.salutation.find(language); own != contact.salutation.end()) {
                check_size(sources_.recipients_text(own->second), own->second, "the salutation");
            }
        }

        std::vector<content::Contact> nameless;
        for (const content::Contact* contact : contact_kinds(recipient, nameless)) {
            const content::State* state = contact && !contact->state.empty() ? pack_.find_state(contact->state)
                                                                              : &pack_.states.front();
            if (!state) continue;
            LetterRequest request;
            request.recipient_id = recipient.id;
            request.state_id = state->id;
            request.language = language;
            if (recipient.level == content::RecipientLevel::County) {
                request.county = contact ? contact->county : state->counties.front();
            }
            for (const ReasonChoice& reasons : reason_choices(pack_)) {
                for (const bool sender_known : {false, true}) {
                    request.sender.name = sender_known ? "Ana" : "";
                    request.sender.town = sender_known ? "Columbia" : "";
                    const auto values =
                        template_values({pack_, recipient, contact, *state, reasons.reasons, request, language});
                    const std::string shape = described(contact, reasons, sender_known);
                    check_letter(recipient, contact, language, body, values, shape);
                }
            }
        }
    }

    void check_letter(const content::Recipient& recipient, const content::Contact* contact,
                      const content::LanguageCode& language, const std::string& body,
                      const kainjow::mustache::data& values, const std::string& shape) {
        const bool own_salutation = contact && contact->salutation.count(language);
        const std::string& salutation = own_salutation ? contact->salutation.at(language)
                                                       : recipient.salutation.in(language, pack_.default_language());
        check_prints(sources_.recipients_text(salutation), salutation, values,
                     "the salutation prints nothing " + shape);
        // The office line is the contact's own (required, plain text) unless there is none.
        if (!contact || contact->office.empty()) {
            const std::string& office = recipient.office.in(language, pack_.default_language());
            check_prints(sources_.recipients_text(office), office, values, "the office line prints nothing " + shape);
        }
        check_prints(sources_.template_file(recipient.id, language), body, values,
                     "the letter body prints nothing " + shape);
    }

    const content::Pack& pack_;
    const PackTextSources& sources_;
    const RenderedSizeBound size_bound_;
    std::vector<content::Problem> problems_;
    std::set<std::string> reported_;  // file and text
};

}  // namespace

std::vector<content::Problem> check_rendered_texts(const content::Pack& pack, const PackTextSources& sources) {
    return RenderedTextCheck(pack, sources).run();
}

}  // namespace kiosk::letter
