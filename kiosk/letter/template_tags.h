// The tags of a Mustache text, found by one plain pass before any Mustache library or
// regular expression sees the text. kainjow parses recursively and copies the text of
// every section it opens, so a hostile text (sections nested thousands deep, a tag name
// of a megabyte) costs it seconds, gigabytes or the stack; this pass is linear, bounded,
// and refuses such a text first, at the place of its first problem.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

namespace kiosk::letter {

// Far beyond what a letter needs (the default pack nests one deep), and small enough
// that kainjow's copies and recursion stay harmless on a 1 MB template.
constexpr std::size_t max_section_depth = 8;
// Names are like "recipient.surname"; nothing a letter provides is longer than 20.
constexpr std::size_t max_tag_name_bytes = 100;

enum class TagKind {
    Value,            // {{name}}, {{{name}}}, {{&name}}
    Section,          // {{#name}}
    InvertedSection,  // {{^name}}
    SectionEnd,       // {{/name}}
    Comment           // {{! ... }}
};

struct Tag {
    TagKind kind = TagKind::Value;
    std::string name;        // trimmed; empty for comments
    std::size_t offset = 0;  // of the opening "{{"
    std::size_t end = 0;     // just past the closing "}}"
};

struct TagProblem {
    std::size_t offset = 0;  // of the tag at fault
    std::string message;
};

// Every tag of `text`, or the first problem: a tag never closed, a section never closed
// or closed by the wrong name, sections nested deeper than max_section_depth, a name
// longer than max_tag_name_bytes, or a partial ({{> }}) or delimiter change ({{= =}}),
// which letters do not support.
tl::expected<std::vector<Tag>, TagProblem> scan_tags(std::string_view text);

}  // namespace kiosk::letter
