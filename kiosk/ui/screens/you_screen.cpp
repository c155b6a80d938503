// You (optional): name and address typed on a large on-screen keyboard with accents.
#include <algorithm>

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

float caption_height(const ScreenContext& context, const std::string& name, float width) {
    const Metrics& m = context.metrics;
    return fit_text(context.font, name, width, m.height, unsigned(m.small), unsigned(m.small), true).height;
}

// A caption `caption` px tall above the box the visitor taps to type in.
void add_field(View& view, const ScreenContext& context, const std::string& id, const std::string& name, flow::Field field,
               const std::string& value, const Rect& box, float caption) {
    const Metrics& m = context.metrics;
    view.texts.push_back({name, {box.x, box.y, box.width, caption}, unsigned(m.small), unsigned(m.small), true, Tone::Normal});
    Element element = make_element(id, "field", name, {box.x, box.y + caption + 4, box.width, box.height - caption - 4},
                                   Style::Field, flow::Event{flow::FocusField{field}});
    element.detail = value;  // drawn on screen; never written to the UI tree
    element.filled = !value.empty();
    element.focused = context.flow.keyboard().focus == field;
    element.selected = element.focused;
    view.elements.push_back(element);
}

}  // namespace

View build_you(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    View view;
    const float top = add_title(view, context, context.text("ui.you.title"), m.height < 700 ? "" : context.text("ui.you.hint"));
    const Rect bar = nav_bar(m);
    const float width = m.width - 2 * m.margin;
    const auto& visit = context.flow.visit();
    struct FieldSpec {
        std::string id;
        const std::string& caption;
        flow::Field field;
        const std::string& value;
        float share;  // of the row's width
    };
    const std::vector<FieldSpec> fields = {
        {"field.name", context.text("ui.you.name"), flow::Field::Name, visit.sender_name, 0.34f},
        {"field.street", context.text("ui.you.street"), flow::Field::Street, visit.sender_street, 0.30f},
        {"field.town", context.text("ui.you.town"), flow::Field::Town, visit.sender_town, 0.21f},
        {"field.zip", context.text("ui.you.zip"), flow::Field::Zip, visit.sender_zip, 0.15f}};
    float y = top;
    // Landscape: the four fields in one row; portrait: two rows of two.
    const std::size_t per_row = m.portrait ? 2 : fields.size();
    for (std::size_t first = 0; first < fields.size(); first += per_row) {
        const std::size_t last = std::min(fields.size(), first + per_row);
        float shares = 0.f;
        for (std::size_t i = first; i < last; ++i) shares += fields[i].share;
        const float room = width - m.gap * float(last - first - 1);
        float caption = 0.f;
        for (std::size_t i = first; i < last; ++i) {
            caption = std::max(caption, caption_height(context, fields[i].caption, room * fields[i].share / shares));
        }
        const float field_height = caption + 4 + m.min_target;
        float x = m.margin;
        for (std::size_t i = first; i < last; ++i) {
            const float field_width = room * fields[i].share / shares;
            add_field(view, context, fields[i].id, fields[i].caption, fields[i].field, fields[i].value,
                      {x, y, field_width, field_height}, caption);
            x += field_width + m.gap;
        }
        y += field_height + m.gap;
    }

    const float key_gap = std::max(6.f, m.gap * 0.6f);
    const bool narrow = (width + key_gap) / (m.min_target + key_gap) < 14.f;
    const auto rows = keyboard_rows(context, narrow);
    float max_units = 0.f;
    for (const auto& row : rows) {
        float units = 0.f;
        for (const auto& key : row) units += key.units;
        max_units = std::max(max_units, units);
    }
    const float room = bar.y - m.gap - y;
    const float key_height = std::clamp((room - key_gap * float(rows.size() - 1)) / float(rows.size()), m.min_target, m.min_target * 1.5f);
    const float unit = std::min((width - key_gap * (max_units - 1)) / max_units, key_height * 1.6f);
    for (const auto& row : rows) {
        float units = 0.f;
        for (const auto& key : row) units += key.units;
        const float row_width = units * unit + (float(row.size()) - 1) * key_gap + (units - float(row.size())) * key_gap;
        float x = (m.width - row_width) / 2;
        for (const auto& key : row) {
            const float key_width = key.units * unit + (key.units - 1) * key_gap;
            view.elements.push_back(make_element("key." + key.id, "key", key.label, {x, y, key_width, key_height}, Style::Key,
                                                 key.event));
            if (key.id == "shift") view.elements.back().selected = context.flow.keyboard().shift != flow::Shift::Off;
            x += key_width + key_gap;
        }
        y += key_height + key_gap;
    }

    add_back(view, context);
    add_primary(view, context, "nav.next", context.text("ui.nav.next") + " ›", true, flow::Event{flow::Next{}});
    // Skip sits between Back and Next: the way out for anyone who would rather write by
    // hand. A step opened from Review has one way out only, back to the letter.
    const Element* back = view.find("nav.back");
    const Element* next = view.find("nav.next");
    if (back && next) {
        const Rect skip{back->rect.right() + m.gap, back->rect.y, next->rect.x - back->rect.right() - 2 * m.gap,
                        back->rect.height};
        view.elements.push_back(make_element("you.skip", "button", context.text("ui.you.skip"), skip, Style::Secondary,
                                             flow::Event{flow::Skip{}}));
    }
    return view;
}

}  // namespace kiosk::ui
