// What one screen shows, as plain values: built from the flow's state and the window
// size, then drawn, hit-tested and described in the UI tree from the very same values.
#pragma once

#include <map>
#include <string>
#include <variant>
#include <vector>

#include "ui/flow/flow_event.h"
#include "ui/flow/screen.h"
#include "ui/staff/staff_desk.h"
#include "ui/widgets/rect.h"

namespace kiosk::ui {

// Actions that only move the view, never the visit.
struct ScrollTo { std::string area; float y = 0.f; };
struct ToggleLargeText {};                  // Review: the letter reflowed in large text, or as pages
struct ShowLetter { std::size_t letter; };  // Review: the visit's letter to show, 0-based
struct NoAction {};  // a field its own keypad fills: tapping it does nothing
// A staff screen's button: handled by the staff desk (ui/staff/staff_desk.h).
using Action = std::variant<flow::Event, ScrollTo, ToggleLargeText, ShowLetter, NoAction, StaffAction>;

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
    std::string role;   // "button", "toggle", "tab" (one of a set, shown apart), "key", "field"
    std::string label;  // what is written on it (for a field: its name, never its value)
    std::string detail; // a second, smaller line (cards, fields' typed text)
    Rect rect;          // window pixels; inside a scroll area, pixels at scroll offset 0
    Style style = Style::Secondary;
    bool selected = false;
    bool disabled = false;
    bool filled = false;  // fields: something was typed
    bool focused = false; // fields: where the keyboard types
    // Disabled, yet a tap still reaches the flow, which then says what is missing
    // (Next on a step not yet complete): a visitor tapping it is never left guessing.
    bool explains_when_disabled = false;
    std::string scroll_area;  // "" or the id of the area it scrolls with
    Action action = flow::Event{flow::Next{}};
};

enum class Tone { Normal, Muted, Heading, Error, OnPrimary };
enum class Align { Left, Center, Right };

// Words the screen shows: a title, a hint, a message. Never what a visitor typed (that
// is a field's `detail`): the UI tree writes every text.
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
    float content_width = 0.f;   // wider than the viewport scrolls sideways too
    float content_height = 0.f;
    // Where the area opens when it has no offset yet (the chosen county, in view).
    float initial_y = 0.f;
};

// Drawn over the foot of a scroll area whose content is taller than it, until the area
// is scrolled to its end: a fade and a label with arrows, so nobody misses what is below.
struct MoreBelow {
    std::string area;
    std::string label;  // from the pack, with arrows
    Rect fade;          // the foot of the viewport, fading the content into the background
    Rect label_box;     // inside `fade`, on the background colour
    unsigned size = 24;
};

// One page of a letter preview: `letter` indexes the visit's letters.
struct PagePicture {
    std::size_t letter = 0;
    std::size_t page = 0;
    bool reflowed = false;  // the letter's large-text column, not its printed page
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
    std::vector<MoreBelow> more_below;
    bool has_countdown = false;  // redraw every second (Still there?)
    // The element a keypad or keyboard acts on (ui/key_focus.h), ringed; "" until a key
    // is pressed: touch visitors see no ring.
    std::string key_focus;
    // The last sentence spoken aloud, what the visitor typed shown as "•" (the UI tree
    // tells outside checks what a listener heard).
    std::string spoken;

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
Rect visible_rect(const TextBlock& text, const View& view, const ScrollOffsets& offsets);
// The element under a point, if any; disabled elements are found too (only those that
// explain themselves take a tap). None under a "more below" label that is showing: it
// lies over the list.
const Element* element_at(const View& view, const ScrollOffsets& offsets, float x, float y);
// The "more below" label under a point, while it is showing.
const MoreBelow* more_below_at(const View& view, const ScrollOffsets& offsets, float x, float y);
const ScrollArea* area_at(const View& view, float x, float y);
// Keeps an offset inside what the area's content allows.
ScrollOffset clamp_offset(const ScrollArea& area, ScrollOffset offset);
// Where each scroll area is when its screen appears (Where: with the chosen county in view).
ScrollOffsets opening_offsets(const View& view);
// Whether the area's content is taller than its viewport.
bool overflows(const ScrollArea& area);
// Whether part of the area's content is still below its viewport at this offset.
bool has_more_below(const ScrollArea& area, const ScrollOffsets& offsets);

}  // namespace kiosk::ui
