#include "letter/template_check.h"

#include <set>
#include <string>
#include <vector>

#include <kainjow/mustache.hpp>

#include "content/closest_name.h"
#include "content/file_problems.h"
#include "letter/date_formatter.h"
#include "letter/rendered_text_check.h"
#include "letter/template_tags.h"
#include "letter/template_values.h"
#include "letter/text_source.h"

namespace kiosk::letter {

namespace {

// What a text may use: the letter's values (template_values.h), a date's, a page number's.
struct Names {
    const std::set<std::string>& values;
    const std::set<std::string>& lists;
};

const Names letter_names{template_value_names(), template_list_names()};
const std::set<std::string> no_names;
const Names date_names{date_value_names(), no_names};
// letter_layout_engine.cpp fills in the page number of "Page {{page}}".
const std::set<std::string> page_number_values{"page"};
const Names page_number_names{page_number_values, no_names};

// A Mustache text, where it is, and what it may use.
struct Source {
    TextSource where;
    const std::string& text;
    const Names& names;
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

bool is_known_name(const Names& names, const std::string& name, const std::vector<std::string>& open_sections) {
    if (names.values.count(name)) return true;
    for (const auto& section : open_sections) {
        if (names.lists.count(section) && template_list_item_names().count(name)) return true;
        if (names.values.count(section + "." + name)) return true;
    }
    return false;
}

// The names a text could have meant at this place, for "did you mean": every value, and
// inside a list section the names of its items.
std::vector<std::string> names_here(const Names& names, const std::vector<std::string>& open_sections) {
    std::vector<std::string> here(names.values.begin(), names.values.end());
    here.insert(here.end(), names.lists.begin(), names.lists.end());
    for (const auto& section : open_sections) {
        if (!names.lists.count(section)) continue;
        here.insert(here.end(), template_list_item_names().begin(), template_list_item_names().end());
        break;
    }
    return here;
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
        if (!is_known_name(source.names, tag.name, open_sections)) {
            // A hostile template can hold 200,000 unknown names; placing each costs a pass.
            if (++reported > content::FileProblems::max_per_file) {
                report(problems, source, tag.offset, "more unknown names in this text were left out");
                return;
            }
            report(problems, source, tag.offset,
                   "\"" + tag.name + "\" is not a value the letter provides" +
                       content::did_you_mean(tag.name, names_here(source.names, open_sections)) +
                       " (see content/README.md)");
        }
        if (tag.kind == TagKind::Value) continue;
        const bool is_list = tag.kind == TagKind::Section && source.names.lists.count(tag.name) > 0;
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
            check(problems, {sources.template_file(recipient_id, language), text, letter_names});
        }
    }
    for (const auto& recipient : pack.recipients) {
        for (const auto* translated : {&recipient.office, &recipient.salutation}) {
            for (const auto& [language, text] : translated->text) {
                check(problems, {sources.recipients_text(text), text, letter_names});
            }
        }
        for (const auto& contact : recipient.contacts) {
            for (const auto& [language, text] : contact.salutation) {
                check(problems, {sources.recipients_text(text), text, letter_names});
            }
        }
    }
    for (const auto& [language, rules] : pack.language_rules) {
        check(problems, {sources.strings_text(language, rules.date_pattern), rules.date_pattern, date_names});
    }
    for (const auto& [language, strings] : pack.strings) {
        if (const auto page = strings.find("letter.page"); page != strings.end()) {
            check(problems, {sources.strings_text(language, page->second), page->second, page_number_names});
        }
    }
    if (problems.empty()) problems = check_rendered_texts(pack, sources);
    return problems;
}

}  // namespace kiosk::letter
