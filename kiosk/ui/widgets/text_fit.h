// Makes a label fit its box: first shrink (down to a floor that stays readable), then
// wrap onto more lines. Measured with the same font the screen draws with.
#pragma once

#include <string>
#include <vector>

#include <SFML/Graphics/Font.hpp>

namespace kiosk::ui {

struct FittedText {
    unsigned size = 24;
    std::vector<std::string> lines;  // UTF-8
    float line_height = 0.f;
    float width = 0.f;   // the widest line
    float height = 0.f;  // lines × line height
    bool fits = true;    // false: even at the floor size it spills out of the box
};

float text_width(const sf::Font& font, const std::string& utf8, unsigned size, bool bold);

FittedText fit_text(const sf::Font& font, const std::string& utf8, float max_width, float max_height,
                    unsigned preferred_size, unsigned minimum_size, bool bold);

}  // namespace kiosk::ui
