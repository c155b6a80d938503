// What one screen shows, as plain values: built from the flow's state and the window
// size, then drawn, hit-tested and described in the UI tree from the very same values.
#pragma once

#include <map>
#include <string>
#include <variant>
#include <vector>

#include "ui/flow/flow_event.h"
#include "ui/flow/screen.h"
#include "ui/widgets/rect.h"

namespace kiosk::ui {

// Actions that only move the view, never the visit.
struct ScrollTo { std::string area; float y = 0.f; };
struct ToggleZoom {};
struct NoAction {};  // a field its own keypad fills: tapping it does nothing
using Action = std::variant<flow::Event, ScrollTo, ToggleZoom, NoAction>;

enum class Style {
    Primary,    // the one main action: Next, Print, Start
    Secondary,  // Back, Edit, Skip
    Toggle,     // chips and state/county buttons: selected or not
    Card,       // recipient cards: label, detail and a check mark
    Key,        // on-screen keyboard and PIN pad
    Field       // a text field showing what was typed
};

struct Element {
    std::string id;     // stable: "recipient.governor", "nav.next"
    std::string role;   // "button", "toggle", "key", "field"
    std::string label;  // what is written on it (for a field: its name, never its value)
    std::string detail; // a second, smaller line (cards, fields' typed text)
    Rect rect;          // window pixels; inside a scroll area, pixels at scroll offset 0
    Style style = Style::Secondary;
    bool selected = false;
    bool disabled = false;
    bool filled = false;  // fields: something was typed
    bool focused = false; // fields: where the keyboard types
    std::string scroll_area;  // "" or the id of the area it scrolls with
    Action action = flow::Event{flow::Next{}};
};

enum class Tone { Normal, Muted, Heading, Error, OnPrimary };
enum class Align { Left, Center };

struct TextBlock {
    TextBlock() = default;
    TextBlock(std::string text, Rect box, unsigned size, unsigned min_size, bool bold, Tone tone, Align align = Align::Left)
        : text(std::move(text)), box(box), size(size), min_size(min_size), bold(bold), tone(tone), align(align) {}

    std::string text;
    Rect box;
    unsigned size = 26;
    unsigned min_size = 24;
    bool bold = false;
    Tone tone = Tone::Normal;
    Align align = Align::Left;
    std::string scroll_area;
};

// A picture made once and reused: "qr.<follow-up id>" or "logo".
struct Picture {
    std::string key;
    Rect rect;
};

struct ScrollArea {
    std::string id;
    Rect viewport;
    float content_width = 0.f;   // beyond the viewport's width only when zoomed in
    float content_height = 0.f;
    // Where the area opens when it has no offset yet (the chosen county, in view).
    float initial_y = 0.f;
};

// One page of a letter preview: `letter` indexes the visit's letters.
struct PagePicture {
    std::size_t letter = 0;
    std::size_t page = 0;
    Rect rect;  // where the page is painted, inside its scroll area
    float scale = 1.f;  // pixels per PDF point
    std::string scroll_area;
};

struct View {
    flow::Screen screen = flow::Screen::Welcome;
    std::vector<Element> elements;
    std::vector<TextBlock> texts;
    std::vector<Picture> pictures;
    std::vector<ScrollArea> areas;
    std::vector<PagePicture> pages;
    bool has_countdown = false;  // redraw every second (Still there?)

    const ScrollArea* find_area(const std::string& id) const;
    const Element* find(const std::string& id) const;
};

// How far each scroll area has been scrolled, by area id.
struct ScrollOffset {
    float x = 0.f, y = 0.f;
};
using ScrollOffsets = std::map<std::string, ScrollOffset>;

// Where an element is on the window now: scrolled, and cut to its area's viewport
// (zero size when scrolled out of sight).
Rect visible_rect(const Element& element, const View& view, const ScrollOffsets& offsets);
// The element under a point, if any; disabled elements are found too (they ignore taps).
const Element* element_at(const View& view, const ScrollOffsets& offsets, float x, float y);
const ScrollArea* area_at(const View& view, float x, float y);
// Keeps an offset inside what the area's content allows.
ScrollOffset clamp_offset(const ScrollArea& area, ScrollOffset offset);

}  // namespace kiosk::ui
