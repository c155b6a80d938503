// Draws a View. Drawing is a pure function of the View, the scroll offsets and which
// element is under the finger; nothing here decides what anything means.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Texture.hpp>

#include "ui/screens/screen_context.h"
#include "ui/screens/view.h"
#include "ui/widgets/theme.h"

namespace kiosk::ui {

// Fonts of the letter itself (the same TTF files the PDF embeds), for the preview.
struct LetterFonts {
    sf::Font regular, bold, italic;
};

struct PaintResources {
    const sf::Font& ui_font;
    const LetterFonts& letter_fonts;
    const std::map<std::string, sf::Texture>& pictures;  // "qr.<id>", "logo"
    const std::vector<PreviewLetter>& letters;
};

sf::Color to_sf(Colour colour);

void paint(sf::RenderTarget& target, const View& view, const ScrollOffsets& offsets, const std::string& pressed_id,
           const Palette& palette, const Metrics& metrics, const PaintResources& resources);

}  // namespace kiosk::ui
