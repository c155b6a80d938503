#include "ui/widgets/painter.h"

#include <algorithm>
#include <cmath>

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Sprite.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/Graphics/VertexArray.hpp>
#include <SFML/Graphics/View.hpp>

#include "ui/widgets/text_fit.h"

namespace kiosk::ui {
namespace {

void draw_box(sf::RenderTarget& target, const Rect& rect, Colour fill, Colour outline, float outline_width) {
    sf::RectangleShape shape({rect.width - 2 * outline_width, rect.height - 2 * outline_width});
    shape.setPosition(rect.x + outline_width, rect.y + outline_width);
    shape.setFillColor(to_sf(fill));
    shape.setOutlineColor(to_sf(outline));
    shape.setOutlineThickness(outline_width);
    target.draw(shape);
}

// The focus ring: a black band 4 px wide with a white one 2 px wide inside it, so it
// stands out at least 3:1 against whatever it lies on or beside, dark or light.
void draw_focus_ring(sf::RenderTarget& target, const Rect& rect) {
    auto ring = [&](float grow, float width, sf::Color colour) {
        sf::RectangleShape shape({rect.width + 2 * grow, rect.height + 2 * grow});
        shape.setPosition(rect.x - grow, rect.y - grow);
        shape.setFillColor(sf::Color::Transparent);
        shape.setOutlineColor(colour);
        shape.setOutlineThickness(width);
        target.draw(shape);
    };
    ring(6.f, 4.f, sf::Color::Black);
    ring(2.f, 2.f, sf::Color::White);
}

void draw_filled(sf::RenderTarget& target, const Rect& rect, Colour colour) {
    sf::RectangleShape shape({rect.width, rect.height});
    shape.setPosition(rect.x, rect.y);
    shape.setFillColor(to_sf(colour));
    target.draw(shape);
}

// Dashes along the inside of `rect`: together with a grey fill, the look of a button
// that cannot act yet, told apart by shape and not by colour alone.
void draw_dashed_outline(sf::RenderTarget& target, const Rect& rect, Colour colour, float width) {
    const float dash = 14.f, space = 8.f;
    for (float x = rect.x; x < rect.right(); x += dash + space) {
        const float length = std::min(dash, rect.right() - x);
        draw_filled(target, {x, rect.y, length, width}, colour);
        draw_filled(target, {x, rect.bottom() - width, length, width}, colour);
    }
    for (float y = rect.y; y < rect.bottom(); y += dash + space) {
        const float length = std::min(dash, rect.bottom() - y);
        draw_filled(target, {rect.x, y, width, length}, colour);
        draw_filled(target, {rect.right() - width, y, width, length}, colour);
    }
}

// Draws fitted lines inside `box`, vertically centred when `centre_vertically`.
void draw_lines(sf::RenderTarget& target, const sf::Font& font, const FittedText& fitted, const Rect& box, Colour colour,
                Align align, bool bold, bool centre_vertically) {
    float y = centre_vertically ? box.y + (box.height - fitted.height) / 2 : box.y;
    for (const auto& line : fitted.lines) {
        sf::Text text(sf::String::fromUtf8(line.begin(), line.end()), font, fitted.size);
        text.setFillColor(to_sf(colour));
        if (bold) text.setStyle(sf::Text::Bold);
        const float width = text_width(font, line, fitted.size, bold);
        const float x = align == Align::Center ? box.x + (box.width - width) / 2
                        : align == Align::Right ? box.right() - width
                                                : box.x;
        // SFML puts the baseline about one character size below the position; a capital's
        // middle is then ~0.62 sizes down. Put that middle at the middle of the line.
        text.setPosition(std::round(x), std::round(y + fitted.line_height / 2 - float(fitted.size) * 0.62f));
        target.draw(text);
        y += fitted.line_height;
    }
}

void draw_element(sf::RenderTarget& target, const Element& element, bool pressed, const Palette& palette, const Metrics& m,
                  const sf::Font& font) {
    // The whole-screen "still there" button is the screen itself: no box, no label.
    if (element.id == "still-there.continue") return;
    const Ink ink = ink_for(element, pressed, palette);
    if (ink.dashed) {
        draw_filled(target, element.rect, ink.fill);
        draw_dashed_outline(target, element.rect, ink.outline, ink.outline_width);
    } else {
        draw_box(target, element.rect, ink.fill, ink.outline, ink.outline_width);
    }
    const bool checkable = (element.style == Style::Toggle || element.style == Style::Card) && element.role == "toggle";
    if (checkable) {
        // A check box: selection shown by shape as well as colour.
        const Rect box = check_box(element, m);
        draw_box(target, box, element.selected ? palette.on_primary : palette.background,
                 element.selected ? palette.on_primary : palette.outline, 2.f);
        if (element.selected) {
            sf::Text tick(sf::String(L"\u2713"), font, unsigned(box.width * 0.9f));
            tick.setFillColor(to_sf(palette.primary));
            tick.setStyle(sf::Text::Bold);
            tick.setPosition(box.x + box.width * 0.12f, box.y - box.width * 0.12f);
            target.draw(tick);
        }
    }
    for (const auto& label : label_layouts(element, m, font)) {
        draw_lines(target, font, label.text, label.box, ink.text, label.align, label.bold, label.centred);
    }
}

Colour tone_colour(Tone tone, const Palette& p) {
    switch (tone) {
        case Tone::Muted: return p.muted;
        case Tone::Heading: return p.text;
        case Tone::Error: return p.error;
        case Tone::OnPrimary: return p.on_primary;
        case Tone::Normal: return p.text;
    }
    return p.text;
}

const sf::Font& letter_font(const LetterFonts& fonts, const letter::TextRun& run) {
    const sf::Font& own = run.style == letter::FontStyle::Bold     ? fonts.bold
                          : run.style == letter::FontStyle::Italic ? fonts.italic
                                                                   : fonts.regular;
    if (run.font.empty()) return own;
    auto found = fonts.fallback.find(run.font.path);
    if (found == fonts.fallback.end()) {
        sf::Font loaded;
        loaded.loadFromFile(run.font.path);  // kept even when it fails, so it is tried once
        found = fonts.fallback.emplace(run.font.path, std::move(loaded)).first;
    }
    return found->second.getInfo().family.empty() ? own : found->second;
}

// Only the lines inside `visible` are drawn: a large-text letter is one long page.
void draw_page(sf::RenderTarget& target, const PagePicture& picture, const Rect& visible, const PaintResources& resources) {
    draw_box(target, picture.rect, {255, 255, 255}, {120, 120, 120}, 1.f);
    if (picture.letter >= resources.letters.size()) return;
    const PreviewLetter& letter = resources.letters[picture.letter];
    const auto& layout = picture.reflowed ? letter.reflowed : letter.layout;
    if (picture.page >= layout.pages.size()) return;
    const auto& page = layout.pages[picture.page];
    for (const auto& rule : page.rules) {
        const float x1 = picture.rect.x + rule.x1 * picture.scale, y1 = picture.rect.y + rule.y1 * picture.scale;
        const float x2 = picture.rect.x + rule.x2 * picture.scale, y2 = picture.rect.y + rule.y2 * picture.scale;
        // Whole pixels: a rule that straddles two rows would look thicker than its neighbours.
        const float thickness = std::max(1.f, std::round(rule.thickness * picture.scale));
        sf::RectangleShape line({std::max(thickness, std::round(std::abs(x2 - x1))), std::max(thickness, std::round(std::abs(y2 - y1)))});
        line.setPosition(std::round(std::min(x1, x2)), std::round(std::min(y1, y2) - (y1 == y2 ? thickness / 2 : 0)));
        line.setFillColor(sf::Color(40, 40, 40));
        target.draw(line);
    }
    for (const auto& run : page.runs) {
        const unsigned size = std::max(1u, unsigned(std::lround(run.size * picture.scale)));
        const float baseline = picture.rect.y + run.baseline * picture.scale;
        if (baseline + float(size) < visible.y || baseline - float(size) > visible.bottom()) continue;
        const sf::Font& font = letter_font(resources.letter_fonts, run);
        sf::Text text(sf::String::fromUtf8(run.text.begin(), run.text.end()), font, size);
        text.setFillColor(sf::Color(20, 20, 20));
        // SFML's first baseline sits one character size below the position.
        text.setPosition(std::round(picture.rect.x + run.x * picture.scale), std::round(baseline - float(size)));
        target.draw(text);
    }
}

// The content fades into the background towards the foot of the area, where the label
// sits on plain background: legible whatever is scrolled beneath it.
void draw_more_below(sf::RenderTarget& target, const MoreBelow& more, const Palette& palette, const sf::Font& font) {
    const sf::Color clear(palette.background.r, palette.background.g, palette.background.b, 0);
    const sf::Color solid = to_sf(palette.background);
    const Rect& fade = more.fade;
    const float fade_end = std::max(fade.y, more.label_box.y);
    sf::VertexArray gradient(sf::Quads, 4);
    gradient[0] = sf::Vertex({fade.x, fade.y}, clear);
    gradient[1] = sf::Vertex({fade.right(), fade.y}, clear);
    gradient[2] = sf::Vertex({fade.right(), fade_end}, solid);
    gradient[3] = sf::Vertex({fade.x, fade_end}, solid);
    target.draw(gradient);
    draw_filled(target, {fade.x, fade_end, fade.width, fade.bottom() - fade_end}, palette.background);
    const FittedText fitted = fit_text(font, more.label, more.label_box.width, more.label_box.height, more.size, more.size, true);
    draw_lines(target, font, fitted, more.label_box, palette.text, Align::Center, true, true);
}

// Scroll areas draw through a clipped sf::View, shifted by the area's offset.
sf::View clipped_view(const sf::RenderTarget& target, const ScrollArea& area, ScrollOffset offset) {
    const auto size = target.getSize();
    sf::View view(sf::FloatRect(area.viewport.x + offset.x, area.viewport.y + offset.y, area.viewport.width, area.viewport.height));
    view.setViewport(sf::FloatRect(area.viewport.x / float(size.x), area.viewport.y / float(size.y),
                                   area.viewport.width / float(size.x), area.viewport.height / float(size.y)));
    return view;
}

}  // namespace

sf::Color to_sf(Colour colour) { return sf::Color(colour.r, colour.g, colour.b); }

Ink ink_for(const Element& element, bool pressed, const Palette& p) {
    if (element.disabled) return {p.disabled, p.muted, p.muted, 3.f, true};
    switch (element.style) {
        case Style::Primary: return {pressed ? p.pressed : p.primary, p.on_primary, pressed ? p.pressed : p.primary, 2.f};
        case Style::Toggle:
        case Style::Card:
            if (element.selected) return {pressed ? p.pressed : p.primary, p.on_primary, p.primary, 3.f};
            return {pressed ? p.pressed_surface : p.surface, p.text, p.outline, 2.f};
        case Style::Field:
            return {p.background, p.text, element.focused ? p.primary : p.outline, element.focused ? 4.f : 2.f};
        case Style::Key:
            if (element.selected) return {pressed ? p.pressed : p.primary, p.on_primary, p.primary, 2.f};
            return {pressed ? p.pressed_surface : p.surface, p.text, p.outline, 1.5f};
        case Style::Secondary:
            return {pressed ? p.pressed_surface : p.surface, p.text, p.outline, 2.f};
    }
    return {p.surface, p.text, p.outline, 2.f};
}

Rect check_box(const Element& element, const Metrics& m) {
    const Rect inner = element.rect.inset(std::min(m.gap, element.rect.height * 0.15f));
    const float mark = std::min(m.body * 1.1f, inner.height);
    return {inner.x, element.style == Style::Card ? inner.y : inner.y + (inner.height - mark) / 2, mark, mark};
}

std::vector<LabelLayout> label_layouts(const Element& element, const Metrics& m, const sf::Font& font) {
    if (element.id == "still-there.continue") return {};
    const float padding = std::min(m.gap, element.rect.height * 0.15f);
    Rect inner = element.rect.inset(padding);
    const bool checkable = (element.style == Style::Toggle || element.style == Style::Card) && element.role == "toggle";
    if (checkable) {
        const float mark = check_box(element, m).width;
        inner = {inner.x + mark + padding, inner.y, inner.width - mark - padding, inner.height};
    }
    if (element.style == Style::Card) {
        const FittedText title = fit_text(font, element.label, inner.width, inner.height * 0.5f, unsigned(m.body * 1.15f),
                                          unsigned(m.small), true);
        const Rect rest{inner.x, inner.y + title.height + 4, inner.width, inner.height - title.height - 4};
        const FittedText detail = fit_text(font, element.detail, rest.width, rest.height, unsigned(m.small), unsigned(m.small), false);
        return {{{inner.x, inner.y, inner.width, title.height}, title, Align::Left, true, false},
                {rest, detail, Align::Left, false, false}};
    }
    if (element.style == Style::Field) {
        const std::string shown = element.detail + (element.focused ? "|" : "");
        FittedText fitted = fit_text(font, shown.empty() ? " " : shown, inner.width, inner.height, unsigned(m.body),
                                     unsigned(m.small), false);
        // Long text shows its last line, where the typing happens.
        if (fitted.lines.size() > 1) {
            fitted.lines = {fitted.lines.back()};
            fitted.height = fitted.line_height;
            fitted.fits = fitted.height <= inner.height + 0.5f;
        }
        return {{inner, fitted, Align::Left, false, true}};
    }
    // A disabled primary loses its weight with its colour: nothing about it says "tap me".
    const bool primary = element.style == Style::Primary && !element.disabled;
    const unsigned preferred = element.style == Style::Key ? unsigned(std::max(m.body, std::min(inner.height * 0.55f, m.body * 1.3f)))
                                                           : unsigned(m.body * (primary ? 1.1f : 1.f));
    const FittedText fitted = fit_text(font, element.label, inner.width, inner.height, preferred, unsigned(m.small), primary);
    return {{inner, fitted, checkable ? Align::Left : Align::Center, primary, true}};
}

void paint(sf::RenderTarget& target, const View& view, const ScrollOffsets& offsets, const std::string& pressed_id,
           const Palette& palette, const Metrics& metrics, const PaintResources& resources) {
    target.clear(to_sf(palette.background));
    const sf::View whole = target.getDefaultView();
    // `visible`: the part of the layer on screen; anything outside it is not drawn, so
    // a list of 115 counties costs what its dozen visible rows cost.
    auto draw_layer = [&](const std::string& area_id, const Rect& visible) {
        for (const auto& page : view.pages) {
            if (page.scroll_area == area_id && page.rect.overlaps(visible)) draw_page(target, page, visible, resources);
        }
        for (const auto& text : view.texts) {
            if (text.scroll_area != area_id || !text.box.overlaps(visible)) continue;
            const FittedText fitted = fit_text(resources.ui_font, text.text, text.box.width, text.box.height, text.size,
                                               text.min_size, text.bold);
            draw_lines(target, resources.ui_font, fitted, text.box, tone_colour(text.tone, palette), text.align, text.bold, false);
        }
        for (const auto& element : view.elements) {
            if (element.scroll_area == area_id && element.rect.overlaps(visible)) {
                draw_element(target, element, element.id == pressed_id && !element.disabled, palette, metrics, resources.ui_font);
            }
        }
    };
    for (const auto& element : view.elements) {
        // The still-there button lies under everything else on its screen.
        if (element.id == "still-there.continue" && element.id == pressed_id) {
            draw_box(target, element.rect, palette.pressed_surface, palette.pressed_surface, 0.f);
        }
    }
    draw_layer("", {0.f, 0.f, metrics.width, metrics.height});
    for (const auto& picture : view.pictures) {
        const auto texture = resources.pictures.find(picture.key);
        if (texture == resources.pictures.end()) continue;
        sf::Sprite sprite(texture->second);
        const auto size = texture->second.getSize();
        sprite.setPosition(picture.rect.x, picture.rect.y);
        sprite.setScale(picture.rect.width / float(size.x), picture.rect.height / float(size.y));
        target.draw(sprite);
    }
    for (const auto& area : view.areas) {
        const auto offset = offsets.find(area.id);
        const ScrollOffset by = offset == offsets.end() ? ScrollOffset{} : offset->second;
        target.setView(clipped_view(target, area, by));
        draw_layer(area.id, area.viewport.shifted(by.x, by.y));
        target.setView(whole);
        if (has_more_below(area, offsets)) {
            for (const auto& more : view.more_below) {
                if (more.area == area.id) draw_more_below(target, more, palette, resources.ui_font);
            }
        }
        // A scroll bar says "there is more: drag me".
        if (overflows(area)) {
            const float off = offset == offsets.end() ? 0.f : offset->second.y;
            const float bar_height = std::max(24.f, area.viewport.height * area.viewport.height / area.content_height);
            const float bar_y = area.viewport.y + (area.viewport.height - bar_height) * off /
                                                      std::max(1.f, area.content_height - area.viewport.height);
            sf::RectangleShape bar({8.f, bar_height});
            bar.setPosition(area.viewport.right() - 8.f, bar_y);
            bar.setFillColor(to_sf(palette.outline));
            target.draw(bar);
        }
    }
    if (const Element* focused = view.find(view.key_focus)) {
        const Rect visible = visible_rect(*focused, view, offsets);
        if (visible.width >= 1 && visible.height >= 1) draw_focus_ring(target, visible);
    }
}

}  // namespace kiosk::ui
