#include "ui/widgets/text_fit.h"

#include <algorithm>
#include <cmath>

#include <SFML/System/String.hpp>

namespace kiosk::ui {
namespace {

std::vector<std::string> split_words(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : text) {
        if (c == ' ' || c == '\n') {
            if (!word.empty()) words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) words.push_back(word);
    return words;
}

// Greedy word wrap; a word wider than the line is cut between characters (and `cut`
// says so).
std::vector<std::string> wrap(const sf::Font& font, const std::string& text, float max_width, unsigned size, bool bold,
                              bool& cut) {
    cut = false;
    std::vector<std::string> lines;
    std::string line;
    for (const std::string& word : split_words(text)) {
        const std::string candidate = line.empty() ? word : line + " " + word;
        if (text_width(font, candidate, size, bold) <= max_width) {
            line = candidate;
            continue;
        }
        if (!line.empty()) lines.push_back(line);
        line = word;
        while (text_width(font, line, size, bold) > max_width) {
            cut = true;
            const sf::String wide = sf::String::fromUtf8(line.begin(), line.end());
            std::size_t keep = wide.getSize();
            while (keep > 1 && text_width(font, [&] {
                       const auto part = wide.substring(0, keep).toUtf8();
                       return std::string(part.begin(), part.end());
                   }(), size, bold) > max_width) {
                --keep;
            }
            const auto head = wide.substring(0, keep).toUtf8();
            const auto tail = wide.substring(keep).toUtf8();
            lines.emplace_back(head.begin(), head.end());
            line.assign(tail.begin(), tail.end());
            if (keep <= 1) break;
        }
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

}  // namespace

float text_width(const sf::Font& font, const std::string& utf8, unsigned size, bool bold) {
    const sf::String text = sf::String::fromUtf8(utf8.begin(), utf8.end());
    float width = 0.f;
    sf::Uint32 previous = 0;
    for (std::size_t i = 0; i < text.getSize(); ++i) {
        const sf::Uint32 c = text[i];
        if (previous) width += font.getKerning(previous, c, size);
        width += font.getGlyph(c, size, bold).advance;
        previous = c;
    }
    return width;
}

FittedText fit_text(const sf::Font& font, const std::string& utf8, float max_width, float max_height,
                    unsigned preferred_size, unsigned minimum_size, bool bold) {
    std::vector<unsigned> sizes;
    for (unsigned size = preferred_size; size > minimum_size; size = unsigned(std::floor(size * 0.92f))) {
        sizes.push_back(size);
    }
    sizes.push_back(minimum_size);

    auto measure = [&](unsigned size, std::vector<std::string> lines) {
        FittedText fitted;
        fitted.size = size;
        fitted.line_height = std::ceil(font.getLineSpacing(size));
        fitted.lines = std::move(lines);
        for (const auto& line : fitted.lines) fitted.width = std::max(fitted.width, text_width(font, line, size, bold));
        fitted.height = fitted.line_height * float(fitted.lines.size());
        fitted.fits = fitted.width <= max_width + 0.5f && fitted.height <= max_height + 0.5f;
        return fitted;
    };
    // Shrinking keeps a short label on one line; only when that fails does it wrap,
    // at the largest size whose lines still fit, between words if any size allows
    // ("Englis" / "h" is not read as English).
    for (unsigned size : sizes) {
        FittedText single = measure(size, {utf8});
        if (single.fits) return single;
    }
    bool cut = false;
    for (unsigned size : sizes) {
        FittedText wrapped = measure(size, wrap(font, utf8, max_width, size, bold, cut));
        if (wrapped.fits && !cut) return wrapped;
    }
    for (unsigned size : sizes) {
        FittedText wrapped = measure(size, wrap(font, utf8, max_width, size, bold, cut));
        if (wrapped.fits || size == minimum_size) return wrapped;
    }
    return measure(minimum_size, {utf8});
}

}  // namespace kiosk::ui
