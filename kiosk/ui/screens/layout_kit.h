// Shared pieces of every screen's layout: a title, the Back/Next bar, grids of buttons.
#pragma once

#include <string>
#include <vector>

#include "ui/screens/screen_context.h"
#include "ui/screens/view.h"

namespace kiosk::ui {

// The same context laid out with other metrics (`metrics` must outlive it).
ScreenContext with_metrics(const ScreenContext& context, const Metrics& metrics);

// Replaces "{{name}}" in a pack string by `value` (the UI's few counters and paths).
std::string fill(std::string text, const std::string& name, const std::string& value);

// A pack string that counts: `key` + ".one" for exactly one, ".other" for any other
// number (all English and Spanish need), with "{{count}}" filled in.
std::string counted(const ScreenContext& context, const std::string& key, std::size_t count);

Element make_element(std::string id, std::string role, std::string label, Rect rect, Style style, Action action);

// Adds the title (and an optional hint under it) at the top, beside the language switch
// on the screens that have one; returns the y below them.
float add_title(View& view, const ScreenContext& context, const std::string& title, const std::string& hint);

// A text across the window's width, centred, wrapped (and shrunk down to 3/4 of `size`,
// never under the smallest text) to fit; returns the y below it.
float add_centered(View& view, const ScreenContext& context, const std::string& text, float y, unsigned size, bool bold,
                   Tone tone);

// The bottom bar's rectangle, and its Back / primary buttons.
Rect nav_bar(const Metrics& m);
// The space a screen's content has: from `top` (below its title) down to the bottom bar.
Rect content_area(const Metrics& m, float top);
// On a step opened by "Change …" on Review there is no Back: the one way out is the
// primary button, "Back to my letter".
void add_back(View& view, const ScreenContext& context);
// The primary button, at the right of the bottom bar; on a step opened from Review it is
// "Back to my letter" instead. One that is not `enabled` looks it; Next and "Back to my
// letter" still reach the flow when tapped, which then says what is missing (add_notice).
void add_primary(View& view, const ScreenContext& context, std::string id, const std::string& label, bool enabled,
                 Action action);
// The part of the bottom bar between Back (none on a step opened from Review) and the
// primary button, for a third button there (Skip, "My state is not listed"). The
// primary's width follows its label: Next's unless `primary_label` says otherwise.
Rect nav_bar_middle(const ScreenContext& context, const std::string& primary_label = "");
// The flow's notice (what is missing before Next can go on) as a line at the foot of
// `content`, just above the bottom bar; returns the part of `content` left above it
// (all of it when there is no notice).
Rect add_notice(View& view, const ScreenContext& context, const Rect& content);

// The space between the keys of a keyboard or keypad: the least a finger needs
// between targets (2.5 mm), a little more where the screen has room.
float key_gap(const Metrics& m);

// `count` cells in rows of `columns`, each `cell_height` high, from the top of `area`.
std::vector<Rect> grid(const Rect& area, std::size_t count, std::size_t columns, float cell_height, float gap);

// Whether every target outside the scroll areas lies inside the window, none nearer
// another than the least gap, and every text outside them inside the window too: what
// a screen laid out at the preferred target size must keep, or be laid out again at
// the least size (build_view).
bool holds_every_target(const View& view, const Metrics& m);

// The height a label needs at body size in a button `width` wide (at least a touch target).
float button_height_for(const ScreenContext& context, const std::string& label, float width, bool bold);

}  // namespace kiosk::ui
