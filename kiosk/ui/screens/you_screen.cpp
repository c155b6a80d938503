// You (optional): name, street, town and ZIP typed on a large on-screen keyboard with
// accents and caps lock. Landscape keeps the four fields in one row, so the keyboard
// stays large; portrait has height to spare and gives each field a row of its own.
#include <algorithm>
#include <numeric>

#include "ui/flow/keyboard_text.h"
#include "ui/screens/build_view.h"
#include "ui/screens/layout_kit.h"
#include "ui/widgets/text_fit.h"

namespace kiosk::ui {
namespace {

struct Key {
    std::string id;      // after "key."
    std::string label;
    float units = 1.f;   // width in ordinary keys
    flow::Event event;
};

// The Shift key names its state: ⇧ while it gives one capital (lit when it will), ⇪ and
// the capitals' own word when caps lock is on. Both glyphs are in the UI font.
std::string shift_label(const ScreenContext& context, flow::Shift shift) {
    return shift == flow::Shift::Locked ? "⇪ " + context.text("ui.key.caps-lock") : "⇧ " + context.text("ui.key.shift");
}

// Landscape: a wide keyboard with the accents at the row ends. Narrow (portrait): ten
// keys a row, so every key stays a full touch target wide, with the accents on a row
// of their own.
std::vector<std::vector<Key>> keyboard_rows(const ScreenContext& context, bool narrow) {
    const flow::Shift shift = context.flow.keyboard().shift;
    auto row = [&](std::initializer_list<const char*> keys) {
        std::vector<Key> out;
        // The id stays the lower-case key; the label shows what a tap will type.
        for (const char* k : keys) {
            out.push_back({k, shift != flow::Shift::Off ? flow::upper_case_key(k) : k, 1.f, flow::TypeText{k}});
        }
        return out;
    };
    const Key backspace{"backspace", context.text("ui.key.backspace"), 2.f, flow::Backspace{}};
    const Key shift_key{"shift", shift_label(context, shift), 2.f, flow::ToggleShift{}};
    if (narrow) {
        return {row({"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"}),
                row({"q", "w", "e", "r", "t", "y", "u", "i", "o", "p"}),
                row({"a", "s", "d", "f", "g", "h", "j", "k", "l", "ñ"}),
                row({"z", "x", "c", "v", "b", "n", "m", ",", ".", "-"}),
                row({"á", "é", "í", "ó", "ú", "ü", "ç", "'", "#", "/"}),
                {shift_key, {"space", context.text("ui.key.space"), 6.f, flow::TypeText{" "}}, backspace}};
    }
    auto rows = std::vector<std::vector<Key>>{
        row({"1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "-", "'"}),
        row({"q", "w", "e", "r", "t", "y", "u", "i", "o", "p", "á", "é", "í"}),
        row({"a", "s", "d", "f", "g", "h", "j", "k", "l", "ñ", "ó", "ú", "ü"}),
        row({"z", "x", "c", "v", "b", "n", "m", ",", ".", "ç", "#", "/"}),
        {{"space", context.text("ui.key.space"), 8.f, flow::TypeText{" "}}}};
    rows[0].push_back(backspace);
    rows[3].insert(rows[3].begin(), shift_key);
    return rows;
}

struct FieldSpec {
    std::string id;
    const std::string& caption;
    flow::Field field;
    const std::string& value;
    float share;  // of a shared row's spare width: how long what is typed in it tends to be
};

// Widths of fields sharing one row: each at least as wide as its caption where the row
// allows, so no caption breaks; the rest shared out by `share`.
std::vector<float> field_widths(const ScreenContext& context, const std::vector<FieldSpec>& fields, float room) {
    const Metrics& m = context.metrics;
    std::vector<float> captions;
    for (const auto& field : fields) captions.push_back(text_width(context.font, field.caption, unsigned(m.small), true) + 2.f);
    const float caption_total = std::accumulate(captions.begin(), captions.end(), 0.f);
    const float share_total = std::accumulate(fields.begin(), fields.end(), 0.f,
                                              [](float sum, const FieldSpec& field) { return sum + field.share; });
    const float spare = std::max(0.f, room - caption_total);
    std::vector<float> widths;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const float share = fields[i].share / share_total;
        widths.push_back(caption_total <= room ? captions[i] + spare * share : room * share);
    }
    return widths;
}

// The caption above the box the visitor taps to type in; returns the y below the box.
float add_field(View& view, const ScreenContext& context, const FieldSpec& spec, const Rect& column, float caption_height) {
    const Metrics& m = context.metrics;
    view.texts.push_back({spec.caption, {column.x, column.y, column.width, caption_height}, unsigned(m.small),
                          unsigned(m.small), true, Tone::Normal});
    const Rect box{column.x, column.y + caption_height + 4, column.width, m.min_target};
    Element element = make_element(spec.id, "field", spec.caption, box, Style::Field, flow::Event{flow::FocusField{spec.field}});
    element.detail = spec.value;  // drawn on screen; never written to the UI tree
    element.filled = !spec.value.empty();
    element.focused = context.flow.keyboard().focus == spec.field;
    element.selected = element.focused;
    view.elements.push_back(element);
    return box.bottom();
}

// The fields, `per_row` to a row, from `y`; returns the y below them.
float add_fields(View& view, const ScreenContext& context, const std::vector<FieldSpec>& fields, std::size_t per_row, float y) {
    const Metrics& m = context.metrics;
    const float width = m.width - 2 * m.margin;
    for (std::size_t first = 0; first < fields.size(); first += per_row) {
        const auto end = fields.begin() + long(std::min(fields.size(), first + per_row));
        const std::vector<FieldSpec> row(fields.begin() + long(first), end);
        const auto widths = field_widths(context, row, width - m.gap * float(row.size() - 1));
        float caption_height = 0.f;
        for (std::size_t i = 0; i < row.size(); ++i) {
            caption_height = std::max(caption_height, fit_text(context.font, row[i].caption, widths[i], m.height,
                                                               unsigned(m.small), unsigned(m.small), true).height);
        }
        float x = m.margin, bottom = y;
        for (std::size_t i = 0; i < row.size(); ++i) {
            bottom = add_field(view, context, row[i], {x, y, widths[i], 0.f}, caption_height);
            x += widths[i] + m.gap;
        }
        y = bottom + m.gap;
    }
    return y;
}

// The keyboard from `top`, its keys as tall as the room down to `bottom` allows (within
// reason: a key taller than wide looks like something else).
void add_keyboard(View& view, const ScreenContext& context, float top, float bottom) {
    const Metrics& m = context.metrics;
    const float width = m.width - 2 * m.margin;
    const float key_gap = std::max(6.f, m.gap * 0.6f);
    const bool narrow = (width + key_gap) / (m.min_target + key_gap) < 14.f;
    const auto rows = keyboard_rows(context, narrow);
    float max_units = 0.f;
    for (const auto& row : rows) {
        float units = 0.f;
        for (const auto& key : row) units += key.units;
        max_units = std::max(max_units, units);
    }
    const float room = bottom - top;
    const float tallest = std::max(m.min_target * 1.5f, (width / max_units) * 0.9f);
    const float key_height =
        std::clamp((room - key_gap * float(rows.size() - 1)) / float(rows.size()), m.min_target, tallest);
    const float unit = std::min((width - key_gap * (max_units - 1)) / max_units, key_height * 1.6f);
    float y = top;
    for (const auto& row : rows) {
        float units = 0.f;
        for (const auto& key : row) units += key.units;
        const float row_width = units * unit + (units - 1) * key_gap;
        float x = (m.width - row_width) / 2;
        for (const auto& key : row) {
            const float key_width = key.units * unit + (key.units - 1) * key_gap;
            Element element =
                make_element("key." + key.id, "key", key.label, {x, y, key_width, key_height}, Style::Key, key.event);
            if (key.id == "shift") element.selected = context.flow.keyboard().shift != flow::Shift::Off;
            view.elements.push_back(element);
            x += key_width + key_gap;
        }
        y += key_height + key_gap;
    }
}

}  // namespace

View build_you(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    View view;
    const float top = add_title(view, context, context.text("ui.you.title"), m.height < 700 ? "" : context.text("ui.you.hint"));
    const auto& visit = context.flow.visit();
    const std::vector<FieldSpec> fields = {
        {"field.name", context.text("ui.you.name"), flow::Field::Name, visit.sender_name, 0.34f},
        {"field.street", context.text("ui.you.street"), flow::Field::Street, visit.sender_street, 0.34f},
        {"field.town", context.text("ui.you.town"), flow::Field::Town, visit.sender_town, 0.22f},
        {"field.zip", context.text("ui.you.zip"), flow::Field::Zip, visit.sender_zip, 0.10f}};
    const float keyboard_top = add_fields(view, context, fields, m.portrait ? 1 : fields.size(), top);
    const Rect area = add_notice(view, context, content_area(m, top));
    add_keyboard(view, context, keyboard_top, area.bottom());

    add_back(view, context);
    add_primary(view, context, "nav.next", context.text("ui.nav.next") + " ›", true, flow::Event{flow::Next{}});
    // Skip sits between Back and Next: the way out for anyone who would rather write by
    // hand. A step opened from Review has one way out only, back to the letter.
    if (!context.flow.editing()) {
        view.elements.push_back(make_element("you.skip", "button", context.text("ui.you.skip"), nav_bar_middle(context),
                                             Style::Secondary, flow::Event{flow::Skip{}}));
    }
    return view;
}

}  // namespace kiosk::ui
