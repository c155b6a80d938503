#include "content/yaml_scalar_places.h"

#include <algorithm>
#include <sstream>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

namespace kiosk::content {

namespace {

bool starts_character(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) != 0x80; }

// The place of byte `offset`, on line `line` that begins at byte `line_start`.
TextPlace place_on_line(std::string_view file_text, int line, std::size_t line_start, std::size_t offset) {
    const auto before = file_text.substr(line_start, offset - line_start);
    const auto characters = std::count_if(before.begin(), before.end(), starts_character);
    return {line, static_cast<int>(characters) + 1, offset};
}

class PlaceCollector : public YAML::EventHandler {
public:
    PlaceCollector(const std::string& text, std::unordered_map<std::string, TextPlace>& places)
        : text_(text), places_(places) {}

    void OnScalar(const YAML::Mark& where, const std::string&, YAML::anchor_t, const std::string& value) override {
        if (where.pos < 0 || static_cast<std::size_t>(where.pos) > text_.size()) return;
        const auto offset = static_cast<std::size_t>(where.pos);
        const auto line_end = offset == 0 ? std::string::npos : text_.rfind('\n', offset - 1);
        const std::size_t line_start = line_end == std::string::npos ? 0 : line_end + 1;
        places_.emplace(value, place_on_line(text_, where.line + 1, line_start, offset));
    }
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}

private:
    const std::string& text_;
    std::unordered_map<std::string, TextPlace>& places_;
};

bool is_blank(char c) { return c == ' ' || c == '\t'; }

}  // namespace

std::unordered_map<std::string, TextPlace> scalar_places(const std::string& yaml_text) {
    std::unordered_map<std::string, TextPlace> places;
    try {
        std::istringstream stream(yaml_text);
        YAML::Parser parser(stream);
        PlaceCollector collector(yaml_text, places);
        while (parser.HandleNextDocument(collector)) {
        }
    } catch (const YAML::Exception&) {
        // The loader reported this file's problem already; keep what was read.
    }
    return places;
}

TextPlace place_in_scalar(std::string_view file_text, const TextPlace& start, std::string_view value,
                          std::size_t offset) {
    if (start.line == 0 || start.offset >= file_text.size() || offset >= value.size()) return start;
    std::size_t cursor = start.offset;
    int line = start.line;
    const auto previous_break = cursor == 0 ? std::string_view::npos : file_text.rfind('\n', cursor - 1);
    std::size_t line_start = previous_break == std::string_view::npos ? 0 : previous_break + 1;

    // A block scalar's text starts on the line after its | or >; a quoted one after its quote.
    const char opener = file_text[cursor];
    const bool block = opener == '|' || opener == '>';
    if (block) {
        const auto header_end = file_text.find('\n', cursor);
        if (header_end == std::string_view::npos) return start;
        cursor = line_start = header_end + 1;
        ++line;
    } else if (opener == '"' || opener == '\'') {
        ++cursor;
    }

    // Each line of the file holds the next piece of the value, after its indentation;
    // between pieces the value has the line breaks or spaces that folding made of them.
    bool first_line = !block;
    std::size_t matched = 0;  // bytes of `value` accounted for
    while (cursor <= file_text.size() && matched < value.size()) {
        std::size_t line_end = std::min(file_text.find('\n', cursor), file_text.size());
        const std::size_t next_line = line_end + 1;
        if (line_end > cursor && file_text[line_end - 1] == '\r') --line_end;
        if (!first_line) {
            while (cursor < line_end && is_blank(file_text[cursor])) ++cursor;
        }
        const std::string_view piece = file_text.substr(cursor, line_end - cursor);
        if (!piece.empty()) {
            while (matched < value.size() && value[matched] != piece.front() &&
                   (value[matched] == '\n' || is_blank(value[matched]))) {
                ++matched;
            }
            std::size_t same = 0;
            while (same < piece.size() && matched + same < value.size() && piece[same] == value[matched + same]) ++same;
            if (offset >= matched && offset < matched + same) {
                return place_on_line(file_text, line, line_start, cursor + (offset - matched));
            }
            // The rest of the line is not the value: a closing quote, a comment, an escape.
            if (same < piece.size()) return start;
            matched += same;
        }
        cursor = line_start = next_line;
        ++line;
        first_line = false;
    }
    return start;
}

}  // namespace kiosk::content
