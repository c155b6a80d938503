#include "content/yaml_document.h"

#include <climits>
#include <cstdio>
#include <sstream>
#include <string_view>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>

#include "content/shown_path.h"
#include "content/text_file.h"

namespace kiosk::content {

namespace {

// Stops the event pass at the first thing a pack file must not contain.
struct Refusal {
    YAML::Mark where;
    std::string message;
};

Refusal too_many_entries(const YAML::Mark& where) {
    return {where, "too many entries (more than " + std::to_string(max_yaml_nodes) +
                       "); a long list of contacts goes in contacts/<recipient>.csv, kept in a spreadsheet (see the "
                       "guide)"};
}

// Walks the parser's events without building a tree: cheap, and safe on any input.
class EventScreen : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark& where) override {
        if (++documents_ > 1) throw Refusal{where, "a second YAML document ('---') is not allowed; keep one per file"};
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& where, YAML::anchor_t) override { count(where); }
    void OnAlias(const YAML::Mark& where, YAML::anchor_t) override {
        throw Refusal{where, "aliases (*name) are not allowed in a content pack; write the text out in full"};
    }
    void OnScalar(const YAML::Mark& where, const std::string&, YAML::anchor_t, const std::string& value) override {
        count(where);
        refuse_control_characters(where, value);
    }
    void OnSequenceStart(const YAML::Mark& where, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        count(where);
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark& where, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        count(where);
    }
    void OnMapEnd() override {}

private:
    // The file's bytes were screened for control characters (text_file.h), but an escape
    // in a quoted text ("\e", "\0", "\x9b") writes one all the same.
    static void refuse_control_characters(const YAML::Mark& where, const std::string& value) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            const auto byte = static_cast<unsigned char>(value[i]);
            const bool c1 = byte == 0xC2 && i + 1 < value.size() && static_cast<unsigned char>(value[i + 1]) < 0xA0;
            if ((byte < 0x20 && byte != '\t' && byte != '\n') || byte == 0x7F || c1) {
                char code[16];
                std::snprintf(code, sizeof code, "U+%04X", c1 ? static_cast<unsigned char>(value[i + 1]) : byte);
                throw Refusal{where, std::string("a text here contains control character ") + code +
                                         " (written as an escape); remove it"};
            }
        }
    }

    void count(const YAML::Mark& where) {
        if (++nodes_ > max_yaml_nodes) throw too_many_entries(where);
    }
    int documents_ = 0;
    int nodes_ = 0;
};

// Whether `text` cannot hold anything the event screen refuses but too many nodes: no
// alias (no '*' where a value can start; "ui.*" in a comment is none), no second document
// (no "---" or "..." starting a line), no escape (no backslash: the only way to write a
// control character the byte screen did not see) and no raw C1 control character; and
// short enough that a tree of the densest YAML (about 1.5 nodes a byte) stays a few
// megabytes. Such a text is built into a tree at once and its nodes counted there: the
// screen would parse it a second time, as costly as loading it (the default pack's files
// are all such texts).
bool is_plain_small_text(const std::string& text) {
    constexpr std::size_t most_bytes = 32 * 1024;
    if (text.size() > most_bytes || text.find('\\') != std::string::npos) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool line_start = i == 0 || text[i - 1] == '\n' || text[i - 1] == '\r';
        if (line_start && (text.compare(i, 3, "---") == 0 || text.compare(i, 3, "...") == 0)) return false;
        if (text[i] == '*' && (i == 0 || std::string_view(" \t\r\n[{,:?-").find(text[i - 1]) != std::string_view::npos)) {
            return false;
        }
        if (static_cast<unsigned char>(text[i]) == 0xC2 && i + 1 < text.size() &&
            static_cast<unsigned char>(text[i + 1]) < 0xA0) {
            return false;
        }
    }
    return true;
}

// Counts the nodes of a tree built from a plain small text in the order the screen
// meets them, refusing the first past the cap as the screen would.
void count_nodes(const YAML::Node& node, int& count) {
    if (++count > max_yaml_nodes) throw too_many_entries(node.Mark());
    if (node.IsSequence()) {
        for (const YAML::Node& item : node) count_nodes(item, count);
    } else if (node.IsMap()) {
        for (const auto& pair : node) {
            count_nodes(pair.first, count);
            count_nodes(pair.second, count);
        }
    }
}

// The first tab in the indentation of a line up to `last_line` (0-based), if any: YAML
// forbids tabs there, and yaml-cpp then speaks of "illegal block entry" or "illegal map
// value" without the word tab, at a place that may be lines away from it.
std::optional<YAML::Mark> tab_in_indentation(const std::string& text, int last_line) {
    int line = 0;
    std::size_t start = 0;
    while (start < text.size() && line <= last_line) {
        for (std::size_t i = start; i < text.size() && (text[i] == ' ' || text[i] == '\t'); ++i) {
            if (text[i] == '\t') {
                YAML::Mark where;
                where.line = line;
                where.column = static_cast<int>(i - start);
                return where;
            }
        }
        const std::size_t end = text.find('\n', start);
        if (end == std::string::npos) break;
        start = end + 1;
        ++line;
    }
    return std::nullopt;
}

std::string syntax_message(const YAML::ParserException& error) {
    if (dynamic_cast<const YAML::DeepRecursion*>(&error)) return "nested too deeply (lists or mappings inside each other)";
    return "YAML syntax error: " + error.msg;
}

}  // namespace

std::optional<YAML::Node> parse_yaml_mapping(const std::string& text, FileProblems& problems) {
    YAML::Node document;
    try {
        if (is_plain_small_text(text)) {
            document = YAML::Load(text);
            int nodes = 0;
            count_nodes(document, nodes);
        } else {
            std::istringstream stream(text);
            YAML::Parser parser(stream);
            EventScreen screen;
            while (parser.HandleNextDocument(screen)) {
            }
            // Only text that passed the screen is built into a tree.
            document = YAML::Load(text);
        }
    } catch (const Refusal& refusal) {
        problems.add(refusal.where, refusal.message);
        return std::nullopt;
    } catch (const YAML::ParserException& error) {
        if (const auto tab = tab_in_indentation(text, error.mark.is_null() ? INT_MAX : error.mark.line)) {
            problems.add(*tab, "a tab is used for indentation here; use spaces (YAML does not allow tabs)");
            return std::nullopt;
        }
        problems.add(error.mark, syntax_message(error));
        return std::nullopt;
    } catch (const YAML::Exception& error) {
        problems.add(error.mark, "cannot be read as YAML: " + error.msg);
        return std::nullopt;
    }
    if (!document || document.IsNull()) {
        problems.add_to_file("the file is empty");
        return std::nullopt;
    }
    if (!document.IsMap()) {
        problems.add(document.Mark(), "expected 'key: value' lines at the top of the file");
        return std::nullopt;
    }
    return document;
}

std::optional<YAML::Node> load_yaml_file(const std::filesystem::path& root, const std::filesystem::path& relative,
                                         std::vector<Problem>& all) {
    auto text = read_pack_text_file(root, relative);
    if (!text) {
        all.push_back(text.error());
        return std::nullopt;
    }
    FileProblems problems(shown_path(root, relative), all);
    return parse_yaml_mapping(*text, problems);
}

}  // namespace kiosk::content
