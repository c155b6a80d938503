// You (optional): name, street, town and ZIP typed on a large on-screen keyboard with
// accents and caps lock. Landscape keeps the four fields in one row, so the keyboard
// stays large; portrait has height to spare and gives each field a row of its own. A
// 7" panel cannot hold the keyboard beside the fields: it types one field at a time.
#include <algorithm>
#include <numeric>

#include "ui/flow/keyboard_text.h"
#include "ui/screens/build_view.h"
#include "ui/screens/language_switch.h"
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

// Wide (landscape): every key on one page, the accents at the row ends. Narrow
// (portrait): ten keys a row, so every key stays a full touch target wide, with the
// accents on a row of their own. Small (a 7" panel): four rows of ten, the letters on
// one page and the digits and accents on the other, so the keys keep 12.7 mm.
enum class KeyboardShape { Wide, Narrow, Small };

using KeyRows = std::vector<std::vector<Key>>;

KeyRows keyboard_rows(const ScreenContext& context, KeyboardShape shape) {
    const flow::Shift shift = context.flow.keyboard().shift;
    auto row = [&](std::initializer_list<const char*> keys) {
        std::vector<Key> out;
        // The id stays the lower-case key; the label shows what a tap will type.
        for (const char* k : keys) {
            out.push_back({k, shift != flow::Shift::Off ? flow::upper_case_key(k) : k, 1.f, flow::TypeText{k}});
        }
        return out;
    };
    auto with = [](std::vector<Key> keys, const Key& first, const Key& last) {
        keys.insert(keys.begin(), first);
        keys.push_back(last);
        return keys;
    };
    const Key backspace{"backspace", context.text("ui.key.backspace"), 1.5f, flow::Backspace{}};
    const Key shift_key{"shift", shift_label(context, shift), 1.5f, flow::ToggleShift{}};
    switch (shape) {
        case KeyboardShape::Narrow:
            return {row({"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"}),
                    row({"q", "w", "e", "r", "t", "y", "u", "i", "o", "p"}),
                    row({"a", "s", "d", "f", "g", "h", "j", "k", "l", "ñ"}),
                    row({"z", "x", "c", "v", "b", "n", "m", ",", ".", "-"}),
                    row({"á", "é", "í", "ó", "ú", "ü", "ç", "'", "#", "/"}),
                    {{"shift", shift_key.label, 2.f, flow::ToggleShift{}},
                     {"space", context.text("ui.key.space"), 6.f, flow::TypeText{" "}},
                     {"backspace", backspace.label, 2.f, flow::Backspace{}}}};
        case KeyboardShape::Small: {
            const bool digits = context.flow.keyboard().digits_page;
            // The key that turns the page names what the other page holds.
            const Key page{digits ? "letters" : "digits", digits ? "abc" : "123 áé", 2.f, flow::ToggleKeyPage{}};
            std::vector<Key> bottom = row({","});
            bottom.insert(bottom.begin(), page);
            bottom.push_back({"space", context.text("ui.key.space"), 5.f, flow::TypeText{" "}});
            for (Key& key : row({".", "-"})) bottom.push_back(key);
            if (digits) {
                return {row({"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"}),
                        row({"á", "é", "í", "ó", "ú", "ü", "ç", "ñ", "'", "#"}),
                        with(row({"/", "&", "(", ")", ":", "!", "?"}), shift_key, backspace), bottom};
            }
            return {row({"q", "w", "e", "r", "t", "y", "u", "i", "o", "p"}),
                    row({"a", "s", "d", "f", "g", "h", "j", "k", "l", "ñ"}),
                    with(row({"z", "x", "c", "v", "b", "n", "m"}), shift_key, backspace), bottom};
        }
        case KeyboardShape::Wide: break;
    }
    auto rows = KeyRows{row({"1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "-", "'"}),
                        row({"q", "w", "e", "r", "t", "y", "u", "i", "o", "p", "á", "é", "í"}),
                        row({"a", "s", "d", "f", "g", "h", "j", "k", "l", "ñ", "ó", "ú", "ü"}),
                        row({"z", "x", "c", "v", "b", "n", "m", ",", ".", "ç", "#", "/"}),
                        {{"space", context.text("ui.key.space"), 8.f, flow::TypeText{" "}}}};
    rows[0].push_back(backspace);
    rows[3].insert(rows[3].begin(), shift_key);
    return rows;
}

float units_of(const std::vector<Key>& row) {
    float units = 0.f;
    for (const auto& key : row) units += key.units;
    return units;
}

float widest_row_units(const KeyRows& rows) {
    float widest = 0.f;
    for (const auto& row : rows) widest = std::max(widest, units_of(row));
    return widest;
}

// The widest keyboard whose keys keep the target width across the window.
KeyboardShape shape_for(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    const float width = m.width - 2 * m.margin, gap = key_gap(m);
    auto fits = [&](KeyboardShape shape) {
        const float units = widest_row_units(keyboard_rows(context, shape));
        return units * m.min_target + (units - 1) * gap <= width + 0.01f;
    };
    if (!m.portrait && fits(KeyboardShape::Wide)) return KeyboardShape::Wide;
    return fits(KeyboardShape::Narrow) ? KeyboardShape::Narrow : KeyboardShape::Small;
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
void add_keyboard(View& view, const ScreenContext& context, const KeyRows& rows, float top, float bottom) {
    const Metrics& m = context.metrics;
    const float width = m.width - 2 * m.margin;
    const float gap = key_gap(m);
    const float max_units = widest_row_units(rows);
    const float room = bottom - top;
    const float tallest = std::max(m.min_target * 1.5f, (width / max_units) * 0.9f);
    const float key_height =
        std::clamp((room - gap * float(rows.size() - 1)) / float(rows.size()), m.min_target, tallest);
    const float unit = std::min((width - gap * (max_units - 1)) / max_units, key_height * 1.6f);
    float y = top;
    for (const auto& row : rows) {
        const float units = units_of(row);
        const float row_width = units * unit + (units - 1) * gap;
        float x = (m.width - row_width) / 2;
        for (const auto& key : row) {
            const float key_width = key.units * unit + (key.units - 1) * gap;
            Element element =
                make_element("key." + key.id, "key", key.label, {x, y, key_width, key_height}, Style::Key, key.event);
            if (key.id == "shift") element.selected = context.flow.keyboard().shift != flow::Shift::Off;
            view.elements.push_back(element);
            x += key_width + gap;
        }
        y += key_height + gap;
    }
}

std::vector<FieldSpec> fields_of(const ScreenContext& context) {
    const auto& visit = context.flow.visit();
    return {{"field.name", context.text("ui.you.name"), flow::Field::Name, visit.sender_name, 0.34f},
            {"field.street", context.text("ui.you.street"), flow::Field::Street, visit.sender_street, 0.34f},
            {"field.town", context.text("ui.you.town"), flow::Field::Town, visit.sender_town, 0.22f},
            {"field.zip", context.text("ui.you.zip"), flow::Field::Zip, visit.sender_zip, 0.10f}};
}

// Skip sits between Back and Next: the way out for anyone who would rather write by
// hand. A step opened from Review has one way out only, back to the letter.
void add_skip(View& view, const ScreenContext& context) {
    if (context.flow.editing()) return;
    view.elements.push_back(make_element("you.skip", "button", context.text("ui.you.skip"), nav_bar_middle(context),
                                         Style::Secondary, flow::Event{flow::Skip{}}));
}

// The four fields above a keyboard with every key.
View build_all_fields(const ScreenContext& context, KeyboardShape shape, bool with_hint) {
    const Metrics& m = context.metrics;
    View view;
    const float top = add_title(view, context, context.text("ui.you.title"), with_hint ? context.text("ui.you.hint") : "");
    const float keyboard_top = add_fields(view, context, fields_of(context), m.portrait ? 1 : 4, top);
    const Rect area = add_notice(view, context, content_area(m, top));
    add_keyboard(view, context, keyboard_rows(context, shape), keyboard_top, area.bottom());
    add_back(view, context);
    add_primary(view, context, "nav.next", context.text("ui.nav.next") + " ›", true, flow::Event{flow::Next{}});
    add_skip(view, context);
    return view;
}

// A 7" panel: the field being typed (its name and what is in it) above the small
// keyboard, and the bottom bar, each a row of 12.7 mm targets. Back and Next go from
// field to field, then on to the steps around: one thing to type at a time.
View build_one_field(const ScreenContext& context) {
    // The six rows take the height; what is left is the edge above and below them.
    Metrics m = context.metrics;
    const float gap = key_gap(m);
    m.margin = std::clamp((m.height - 6 * m.min_target - 5 * gap) / 2, 0.f, m.margin);
    const ScreenContext tight = with_metrics(context, m);
    View view;
    const auto fields = fields_of(tight);
    const flow::Field focus = tight.flow.keyboard().focus;
    const auto at = std::find_if(fields.begin(), fields.end(), [&](const FieldSpec& field) { return field.field == focus; });
    const std::size_t index = std::size_t(at - fields.begin());
    const FieldSpec& field = fields[index];

    const float row_right = language_switch_area(tight).x - m.gap;
    const float caption_width =
        std::min(text_width(tight.font, field.caption, unsigned(m.small), true) + 2.f, (row_right - m.margin) * 0.4f);
    const FittedText caption =
        fit_text(tight.font, field.caption, caption_width, m.min_target, unsigned(m.small), unsigned(m.small), true);
    view.texts.push_back({field.caption,
                          {m.margin, m.margin + (m.min_target - caption.height) / 2, caption_width, caption.height},
                          unsigned(m.small), unsigned(m.small), true, Tone::Normal});
    const float box_x = m.margin + caption_width + m.gap;
    Element box = make_element(field.id, "field", field.caption, {box_x, m.margin, row_right - box_x, m.min_target},
                               Style::Field, flow::Event{flow::FocusField{field.field}});
    box.detail = field.value;  // drawn on screen; never written to the UI tree
    box.filled = !field.value.empty();
    box.focused = box.selected = true;
    view.elements.push_back(box);

    add_language_switch(view, tight);
    const Rect bar = nav_bar(m);
    add_keyboard(view, tight, keyboard_rows(tight, KeyboardShape::Small), m.margin + m.min_target + gap, bar.y - gap);

    const bool first = index == 0, last = index + 1 == fields.size();
    const flow::Event previous = flow::FocusField{first ? field.field : fields[index - 1].field};
    const flow::Event next = flow::FocusField{last ? field.field : fields[index + 1].field};
    if (!tight.flow.editing()) {
        add_back(view, tight);
        if (!first) view.elements.back().action = previous, view.elements.back().disabled = false;
        add_primary(view, tight, "nav.next", tight.text("ui.nav.next") + " ›", true, last ? flow::Event{flow::Next{}} : next);
        add_skip(view, tight);
        return view;
    }
    // Opened from Review: "Back to my letter" is the way out; Back and Next between it
    // and the edge still go from field to field.
    add_primary(view, tight, "nav.next", tight.text("ui.nav.next"), true, flow::Event{flow::Next{}});
    const Rect middle = nav_bar_middle(tight);
    const float half = (middle.width - m.gap) / 2;
    if (!first) {
        view.elements.push_back(make_element("you.previous-field", "button", "‹ " + tight.text("ui.nav.back"),
                                             {middle.x, middle.y, half, middle.height}, Style::Secondary, previous));
    }
    if (!last) {
        view.elements.push_back(make_element("you.next-field", "button", tight.text("ui.nav.next") + " ›",
                                             {middle.right() - half, middle.y, half, middle.height}, Style::Secondary, next));
    }
    return view;
}

bool keys_at_least(const View& view, float size) {
    return std::all_of(view.elements.begin(), view.elements.end(), [&](const Element& element) {
        return element.role != "key" || (element.rect.width >= size - 0.01f && element.rect.height >= size - 0.01f);
    });
}

}  // namespace

View build_you(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    const KeyboardShape shape = shape_for(context);
    if (shape != KeyboardShape::Small) {
        for (const bool with_hint : {true, false}) {
            View view = build_all_fields(context, shape, with_hint);
            if (holds_every_target(view, m) && keys_at_least(view, m.min_target)) return view;
        }
    }
    // Not at the preferred size: build_view lays the screen out again at the least size,
    // where the four fields and every key may still fit.
    if (!at_least_size_already(m)) return build_all_fields(context, shape == KeyboardShape::Small ? KeyboardShape::Narrow : shape, false);
    return build_one_field(context);
}

}  // namespace kiosk::ui
