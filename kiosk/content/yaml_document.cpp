#include "content/yaml_document.h"

#include <climits>
#include <cstdio>
#include <sstream>

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
        if (++nodes_ > max_yaml_nodes) {
            throw Refusal{where, "too many entries (more than " + std::to_string(max_yaml_nodes) +
                                     "); is this really a content pack file?"};
        }
    }
    int documents_ = 0;
    int nodes_ = 0;
};

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
        std::istringstream stream(text);
        YAML::Parser parser(stream);
        EventScreen screen;
        while (parser.HandleNextDocument(screen)) {
        }
        // Only text that passed the screen is built into a tree.
        document = YAML::Load(text);
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
