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
#include "ui/widgets/text_fit.h"
#include "ui/widgets/theme.h"

namespace kiosk::ui {

// Fonts of the letter itself (the same TTF files the PDF embeds), for the preview,
// and the fallback fonts its runs name (Arabic, Hebrew, CJK, ...), loaded on first use.
struct LetterFonts {
    sf::Font regular, bold, italic;
    mutable std::map<std::string, sf::Font> fallback;  // by file; SFML opens a collection's first face
};

struct PaintResources {
    const sf::Font& ui_font;
    const LetterFonts& letter_fonts;
    const std::map<std::string, sf::Texture>& pictures;  // "qr.<id>", "logo"
    const std::vector<PreviewLetter>& letters;
};

sf::Color to_sf(Colour colour);

// The colours an element is drawn in, in each state.
struct Ink {
    Colour fill, text, outline;
    float outline_width = 2.f;
    bool dashed = false;  // a broken outline: this button cannot act yet
};
Ink ink_for(const Element& element, bool pressed, const Palette& palette);

// Every text drawn on an element, fitted to the box it is drawn in: the painter draws
// exactly these, and the screen tests check them.
struct LabelLayout {
    Rect box;
    FittedText text;
    Align align = Align::Center;
    bool bold = false;
    bool centred = true;  // vertically
};
std::vector<LabelLayout> label_layouts(const Element& element, const Metrics& metrics, const sf::Font& font);
Rect check_box(const Element& element, const Metrics& metrics);

void paint(sf::RenderTarget& target, const View& view, const ScrollOffsets& offsets, const std::string& pressed_id,
           const Palette& palette, const Metrics& metrics, const PaintResources& resources);

}  // namespace kiosk::ui
