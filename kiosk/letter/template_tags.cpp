#include "letter/template_tags.h"

namespace kiosk::letter {

namespace {

// The characters kainjow trims around a tag's contents (std::isspace in the C locale).
constexpr std::string_view space = " \t\n\v\f\r";

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(space);
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(space) - first + 1);
}

// "{{#name}}" as staff wrote it, for messages; the name is short by then.
std::string shown(char sigil, const std::string& name) { return "{{" + std::string(1, sigil) + name + "}}"; }

struct OpenSection {
    char sigil;  // '#' or '^'
    std::string name;
    std::size_t offset;
};

}  // namespace

tl::expected<std::vector<Tag>, TagProblem> scan_tags(std::string_view text) {
    std::vector<Tag> tags;
    std::vector<OpenSection> open;
    auto refuse = [](std::size_t offset, std::string message) {
        return tl::unexpected(TagProblem{offset, std::move(message)});
    };

    for (std::size_t position = text.find("{{"); position != std::string_view::npos;
         position = text.find("{{", position)) {
        const bool triple = text.compare(position, 3, "{{{") == 0;
        const std::string_view closer = triple ? "}}}" : "}}";
        const std::size_t contents_start = position + (triple ? 3 : 2);
        const std::size_t end = text.find(closer, contents_start);
        if (end == std::string_view::npos) return refuse(position, "a tag opened with {{ is never closed with }}");
        std::string_view contents = trimmed(text.substr(contents_start, end - contents_start));
        const std::size_t offset = position;
        position = end + closer.size();

        Tag tag;
        tag.offset = offset;
        tag.end = position;
        const char sigil = triple || contents.empty() ? ' ' : contents.front();
        switch (sigil) {
            case '!':
                tag.kind = TagKind::Comment;
                tags.push_back(std::move(tag));
                continue;
            case '>':
                return refuse(offset, "partials ({{> name}}) are not supported in letters");
            case '=':
                return refuse(offset, "changing the tag delimiters ({{=<% %>=}}) is not supported in letters");
            case '#': tag.kind = TagKind::Section; break;
            case '^': tag.kind = TagKind::InvertedSection; break;
            case '/': tag.kind = TagKind::SectionEnd; break;
            default: tag.kind = TagKind::Value; break;
        }
        if (std::string_view{"#^/&"}.find(sigil) != std::string_view::npos) contents = trimmed(contents.substr(1));
        if (contents.size() > max_tag_name_bytes) {
            return refuse(offset, "a tag name is longer than " + std::to_string(max_tag_name_bytes) +
                                      " characters; names are like {{recipient.surname}}");
        }
        tag.name = std::string(contents);

        if (tag.kind == TagKind::Section || tag.kind == TagKind::InvertedSection) {
            if (open.size() >= max_section_depth) {
                return refuse(offset, "sections are nested more than " + std::to_string(max_section_depth) +
                                          " deep; a letter never needs that many");
            }
            open.push_back({sigil, tag.name, offset});
        } else if (tag.kind == TagKind::SectionEnd) {
            if (open.empty()) return refuse(offset, shown('/', tag.name) + " closes a section that was never opened");
            if (open.back().name != tag.name) {
                return refuse(offset, shown('/', tag.name) + " does not close the open section " +
                                          shown(open.back().sigil, open.back().name) + "; close that one first");
            }
            open.pop_back();
        }
        tags.push_back(std::move(tag));
    }
    if (!open.empty()) {
        const OpenSection& unclosed = open.back();
        return refuse(unclosed.offset, "unclosed section " + shown(unclosed.sigil, unclosed.name) + ": add " +
                                           shown('/', unclosed.name) + " where it should end");
    }
    return tags;
}

}  // namespace kiosk::letter
