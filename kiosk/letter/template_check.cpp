#include "letter/template_check.h"

#include <string>

#include <kainjow/mustache.hpp>

#include "content/file_problems.h"
#include "letter/template_tags.h"
#include "letter/template_values.h"
#include "letter/text_source.h"

namespace kiosk::letter {

namespace {

// A Mustache text and where it is.
struct Source {
    TextSource where;
    const std::string& text;
};

void report(std::vector<content::Problem>& problems, const Source& source, std::size_t offset,
            std::string message) {
    problems.push_back(problem_in(source.where, source.text, offset, std::move(message)));
}

// The tag scan refuses everything kainjow would, so this only speaks if the two ever
// disagree; the letter must never meet a text its renderer cannot parse.
bool parses_with_kainjow(std::vector<content::Problem>& problems, const Source& source) {
    const kainjow::mustache::mustache parsed{source.text};
    if (parsed.is_valid()) return true;
    report(problems, source, 0, "Mustache: " + parsed.error_message());
    return false;
}

bool is_known_name(const std::string& name, const std::vector<std::string>& open_sections) {
    if (template_value_names().count(name)) return true;
    for (const auto& section : open_sections) {
        if (template_list_names().count(section) && template_list_item_names().count(name)) return true;
        if (template_value_names().count(section + "." + name)) return true;
    }
    return false;
}

// The list section around an open section, if any: `repeats` says which open sections
// are lists being repeated (an inverted one is not).
const std::string* repeated_list(const std::vector<std::string>& open_sections, const std::vector<bool>& repeats) {
    for (std::size_t i = 0; i < open_sections.size(); ++i) {
        if (repeats[i]) return &open_sections[i];
    }
    return nullptr;
}

// Names are checked on the scanned tags rather than by rendering: kainjow's render API
// does not say where a name was used, and staff need the line and column.
void check_names(std::vector<content::Problem>& problems, const Source& source, const std::vector<Tag>& tags) {
    std::vector<std::string> open_sections;
    std::vector<bool> repeats;
    int reported = 0;
    for (const Tag& tag : tags) {
        switch (tag.kind) {
            case TagKind::Comment:
                continue;
            case TagKind::SectionEnd:
                open_sections.pop_back();  // the scan saw every section closed in order
                repeats.pop_back();
                continue;
            default:
                break;
        }
        if (!is_known_name(tag.name, open_sections)) {
            // A hostile template can hold 200,000 unknown names; placing each costs a pass.
            if (++reported > content::FileProblems::max_per_file) {
                report(problems, source, tag.offset, "more unknown names in this text were left out");
                return;
            }
            report(problems, source, tag.offset,
                   "\"" + tag.name + "\" is not a value the letter provides (see content/README.md)");
        }
        if (tag.kind == TagKind::Value) continue;
        const bool is_list = tag.kind == TagKind::Section && template_list_names().count(tag.name) > 0;
        // A list inside a list repeats for every pair, every triple, ...: 17^8 times at
        // the nesting limit, minutes for one letter.
        if (const std::string* outer = is_list ? repeated_list(open_sections, repeats) : nullptr) {
            report(problems, source, tag.offset,
                   "{{#" + tag.name + "}} is inside the list {{#" + *outer +
                       "}}, and a list inside a list repeats for every pair; close {{/" + *outer + "}} first");
            return;
        }
        open_sections.push_back(tag.name);
        repeats.push_back(is_list);
    }
}

void check(std::vector<content::Problem>& problems, const Source& source) {
    const auto tags = scan_tags(source.text);
    if (!tags) {
        report(problems, source, tags.error().offset, tags.error().message);
        return;
    }
    if (parses_with_kainjow(problems, source)) check_names(problems, source, *tags);
}

}  // namespace

std::vector<content::Problem> check_templates(const content::Pack& pack) {
    std::vector<content::Problem> problems;
    const PackTextSources sources(pack);

    for (const auto& [recipient_id, by_language] : pack.templates) {
        for (const auto& [language, text] : by_language) {
            check(problems, {sources.template_file(recipient_id, language), text});
        }
    }
    for (const auto& recipient : pack.recipients) {
        for (const auto* translated : {&recipient.office, &recipient.salutation}) {
            for (const auto& [language, text] : translated->text) check(problems, {sources.recipients_text(text), text});
        }
        for (const auto& contact : recipient.contacts) {
            for (const auto& [language, text] : contact.salutation) check(problems, {sources.recipients_text(text), text});
        }
    }
    return problems;
}

}  // namespace kiosk::letter
