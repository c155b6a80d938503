#include "letter/line_breaker.h"

namespace kiosk::letter {

namespace {

bool is_break_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r'; }

std::vector<std::u32string> words_of(std::u32string_view text) {
    std::vector<std::u32string> words;
    std::u32string word;
    for (char32_t c : text) {
        if (is_break_space(c)) {
            if (!word.empty()) words.push_back(std::move(word));
            word.clear();
        } else {
            word.push_back(c);
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

}  // namespace

std::vector<std::u32string> break_lines(std::u32string_view text, const FontMetrics& metrics, FontStyle style,
                                        float size, float max_width) {
    std::vector<std::u32string> lines;
    std::u32string line;
    float line_width = 0.f;
    const float space_width = metrics.width(std::u32string_view{U" "}, style, size);

    auto finish_line = [&] {
        lines.push_back(std::move(line));
        line.clear();
        line_width = 0.f;
    };

    for (const auto& word : words_of(text)) {
        const float word_width = metrics.width(word, style, size);
        if (!line.empty() && line_width + space_width + word_width <= max_width) {
            line += U' ';
            line += word;
            line_width += space_width + word_width;
            continue;
        }
        if (!line.empty()) finish_line();
        if (word_width <= max_width) {
            line = word;
            line_width = word_width;
            continue;
        }
        for (char32_t c : word) {
            const float char_width = metrics.width(std::u32string_view{&c, 1}, style, size);
            if (!line.empty() && line_width + char_width > max_width) finish_line();
            line += c;
            line_width += char_width;
        }
    }
    if (!line.empty()) finish_line();
    return lines;
}

}  // namespace kiosk::letter
