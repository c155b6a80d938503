#include "letter/line_breaker.h"

#include <utf8proc.h>  // grapheme cluster boundaries (Debian: libutf8proc-dev)

namespace kiosk::letter {

namespace {

// Zero-width characters take no room, so width alone does not bound a line: libharu
// refuses a string over 65,535 bytes ("libharu error 0x105B"). A line holds at most
// 1,000 characters (4,000 bytes) and a grapheme cluster is never taken as longer than
// 32 (a real one is a few: a letter and its accents, an emoji sequence).
constexpr std::size_t longest_line = 1000;
constexpr std::size_t longest_cluster = 32;

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

// `word` cut into grapheme clusters (UAX #29, as utf8proc implements it).
std::vector<std::u32string_view> clusters_of(std::u32string_view word) {
    std::vector<std::u32string_view> clusters;
    utf8proc_int32_t state = 0;
    std::size_t start = 0;
    for (std::size_t i = 1; i < word.size(); ++i) {
        if (utf8proc_grapheme_break_stateful(static_cast<utf8proc_int32_t>(word[i - 1]),
                                             static_cast<utf8proc_int32_t>(word[i]), &state)) {
            clusters.push_back(word.substr(start, i - start));
            start = i;
        }
    }
    if (start < word.size()) clusters.push_back(word.substr(start));
    return clusters;
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
        const bool fits_in_length = line.size() + 1 + word.size() <= longest_line;
        if (!line.empty() && line_width + space_width + word_width <= max_width && fits_in_length) {
            line += U' ';
            line += word;
            line_width += space_width + word_width;
            continue;
        }
        if (!line.empty()) finish_line();
        if (word_width <= max_width && word.size() <= longest_line) {
            line = word;
            line_width = word_width;
            continue;
        }
        for (std::u32string_view cluster : clusters_of(word)) {
            // A cluster wider than a line or longer than any real one (thousands of
            // joined characters or stacked accents) is cut between its characters.
            const float cluster_width = metrics.width(cluster, style, size);
            const bool cut = cluster_width > max_width || cluster.size() > longest_cluster;
            const std::size_t step = cut ? 1 : cluster.size();
            for (std::size_t i = 0; i < cluster.size(); i += step) {
                const std::u32string_view piece = cluster.substr(i, step);
                const float piece_width = cut ? metrics.width(piece, style, size) : cluster_width;
                if (!line.empty() && (line_width + piece_width > max_width || line.size() >= longest_line)) finish_line();
                line += piece;
                line_width += piece_width;
            }
        }
    }
    if (!line.empty()) finish_line();
    return lines;
}

}  // namespace kiosk::letter
