#include "letter/template_check.h"

#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>
#include <string>

#include <kainjow/mustache.hpp>

#include "letter/template_values.h"
#include "letter/utf8.h"

namespace kiosk::letter {

namespace {

struct Place {
    int line = 0;
    int column = 0;
};

// 1-based line and column (in characters, as an editor shows them) of a byte offset.
Place place_of(const std::string& text, std::size_t offset, Place start = {1, 1}) {
    Place place = start;
    offset = std::min(offset, text.size());
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++place.line;
            place.column = 1;
            line_start = i + 1;
        }
    }
    place.column += static_cast<int>(decode_utf8(std::string_view{text}.substr(line_start, offset - line_start)).size());
    return place;
}

// Where a text of the pack sits in its file, so problems point into that file.
struct Source {
    std::string file;
    std::string text;
    Place start;  // where `text` begins in `file`; line 0 when it could not be found
};

void report(std::vector<content::Problem>& problems, const Source& source, std::size_t offset,
            const std::string& message) {
    content::Problem problem{source.file, 0, 0, message};
    if (source.start.line > 0) {
        const Place place = place_of(source.text, offset, source.start);
        problem.line = place.line;
        problem.column = place.column;
    }
    problems.push_back(problem);
}

// kainjow reports syntax errors as "Unclosed tag at 123": a byte offset at the end.
void check_syntax(std::vector<content::Problem>& problems, const Source& source, bool& valid) {
    kainjow::mustache::mustache parsed{source.text};
    valid = parsed.is_valid();
    if (valid) return;
    const std::string& message = parsed.error_message();
    std::smatch match;
    static const std::regex at_offset{R"((.*) at (\d+)$)"};
    if (std::regex_match(message, match, at_offset)) {
        report(problems, source, std::stoul(match[2].str()), "Mustache: " + match[1].str());
    } else {
        report(problems, source, 0, "Mustache: " + message);
    }
}

bool is_known_name(const std::string& name, const std::vector<std::string>& open_sections) {
    if (template_value_names().count(name)) return true;
    for (const auto& section : open_sections) {
        if (template_list_names().count(section) && template_list_item_names().count(name)) return true;
        if (template_value_names().count(section + "." + name)) return true;
    }
    return false;
}

// Names are found by scanning the tags rather than by rendering: kainjow's render
// API does not say where a name was used, and staff need the line and column.
// Only the default {{ }} delimiters are scanned; a set-delimiter tag ends the scan.
void check_names(std::vector<content::Problem>& problems, const Source& source) {
    const std::string& text = source.text;
    std::vector<std::string> open_sections;
    std::size_t position = 0;
    while ((position = text.find("{{", position)) != std::string::npos) {
        const bool triple = text.compare(position, 3, "{{{") == 0;
        const std::size_t contents = position + (triple ? 3 : 2);
        const std::size_t end = text.find(triple ? "}}}" : "}}", contents);
        if (end == std::string::npos) return;  // a syntax error, reported already
        std::string tag = text.substr(contents, end - contents);
        const std::size_t tag_offset = position;
        position = end + (triple ? 3 : 2);

        char kind = ' ';
        const auto first = tag.find_first_not_of(" \t");
        if (first != std::string::npos && std::string{"#^/!>=&"}.find(tag[first]) != std::string::npos) {
            kind = tag[first];
            tag.erase(0, first + 1);
        }
        const auto name_start = tag.find_first_not_of(" \t");
        const auto name_end = tag.find_last_not_of(" \t");
        const std::string name = name_start == std::string::npos ? "" : tag.substr(name_start, name_end - name_start + 1);

        switch (kind) {
            case '!':
                continue;
            case '=':
                return;
            case '>':
                report(problems, source, tag_offset, "partials ({{> " + name + "}}) are not supported in letters");
                continue;
            case '/':
                if (!open_sections.empty()) open_sections.pop_back();
                continue;
            default:
                break;
        }
        if (!is_known_name(name, open_sections)) {
            report(problems, source, tag_offset,
                   "\"" + name + "\" is not a value the letter provides (see content/README.md)");
        }
        if (kind == '#' || kind == '^') open_sections.push_back(name);
    }
}

void check(std::vector<content::Problem>& problems, const Source& source) {
    bool valid = false;
    check_syntax(problems, source, valid);
    if (valid) check_names(problems, source);
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in{path, std::ios::binary};
    return {std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
}

// A string of recipients.yaml, located by searching the file for it verbatim; YAML
// escapes can hide it, and then the problem names the file without a line.
Source yaml_source(const std::string& file, const std::string& file_text, const std::string& text) {
    const auto found = text.empty() ? std::string::npos : file_text.find(text);
    if (found == std::string::npos) return {file, text, {0, 0}};
    return {file, text, place_of(file_text, found)};
}

}  // namespace

std::vector<content::Problem> check_templates(const content::Pack& pack) {
    std::vector<content::Problem> problems;

    for (const auto& [recipient_id, by_language] : pack.templates) {
        for (const auto& [language, text] : by_language) {
            const auto file = (pack.root / "templates" / (recipient_id + "." + language + ".mustache")).string();
            check(problems, {file, text, {1, 1}});
        }
    }

    const auto recipients_file = (pack.root / "recipients.yaml").string();
    const std::string recipients_text = read_file(pack.root / "recipients.yaml");
    for (const auto& recipient : pack.recipients) {
        for (const auto* translated : {&recipient.office, &recipient.salutation}) {
            for (const auto& [language, text] : translated->text) {
                check(problems, yaml_source(recipients_file, recipients_text, text));
            }
        }
        for (const auto& contact : recipient.contacts) {
            for (const auto& [language, text] : contact.salutation) {
                check(problems, yaml_source(recipients_file, recipients_text, text));
            }
        }
    }
    return problems;
}

}  // namespace kiosk::letter
