// You (optional): name and address typed on a large on-screen keyboard with accents.
#include <algorithm>
#include <cwctype>

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

Key letter(const std::string& text) { return {text, text, 1.f, flow::TypeText{text}}; }

std::vector<std::vector<Key>> keyboard_rows(const ScreenContext& context, bool shift) {
    auto row = [&](std::initializer_list<const char*> keys) {
        std::vector<Key> out;
        for (const char* k : keys) out.push_back(letter(k));
        return out;
    };
    auto rows = std::vector<std::vector<Key>>{
        row({"1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "-", "'"}),
        row({"q", "w", "e", "r", "t", "y", "u", "i", "o", "p", "á", "é", "í"}),
        row({"a", "s", "d", "f", "g", "h", "j", "k", "l", "ñ", "ó", "ú", "ü"}),
        row({"z", "x", "c", "v", "b", "n", "m", ",", ".", "ç", "#", "/"}),
        {}};
    rows[0].push_back({"backspace", context.text("ui.key.backspace"), 2.f, flow::Backspace{}});
    rows[3].insert(rows[3].begin(), {"shift", context.text("ui.key.shift"), 2.f, flow::ToggleShift{}});
    rows[4].push_back({"space", context.text("ui.key.space"), 8.f, flow::TypeText{" "}});
    if (shift) {
        // Show what a key will type: capitals while Shift is on.
        for (auto& r : rows) {
            for (auto& key : r) {
                if (key.units != 1.f) continue;
                const sf::String wide = sf::String::fromUtf8(key.label.begin(), key.label.end());
                std::wstring upper = wide.toWideString();
                for (auto& c : upper) c = wchar_t(std::towupper(std::wint_t(c)));
                const auto utf8 = sf::String(upper).toUtf8();
                key.label.assign(utf8.begin(), utf8.end());
            }
        }
    }
    return rows;
}

// A narrow (portrait) screen keeps keys a full touch target wide by using more rows.
std::vector<std::vector<Key>> narrower(const std::vector<std::vector<Key>>& rows, std::size_t per_row) {
    std::vector<Key> letters, wide;
    for (const auto& row : rows) {
        for (const auto& key : row) (key.units == 1.f ? letters : wide).push_back(key);
    }
    std::vector<std::vector<Key>> out;
    for (std::size_t i = 0; i < letters.size(); i += per_row) {
        out.emplace_back(letters.begin() + long(i), letters.begin() + long(std::min(letters.size(), i + per_row)));
    }
    for (auto& key : wide) {
        if (key.id == "space") key.units = float(per_row) - 4.f;
    }
    out.push_back(wide);
    return out;
}

void add_field(View& view, const ScreenContext& context, const std::string& id, const std::string& name, flow::Field field,
               const std::string& value, const Rect& box) {
    const Metrics& m = context.metrics;
    view.texts.push_back({name, {box.x, box.y, box.width, m.small * 1.3f}, unsigned(m.small), unsigned(m.small), true, Tone::Normal});
    Element element = make_element(id, "field", name, {box.x, box.y + m.small * 1.3f + 4, box.width, box.height - m.small * 1.3f - 4},
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
    const float field_height = m.small * 1.3f + 4 + m.min_target;
    const auto& visit = context.flow.visit();
    float y = top;
    if (m.portrait) {
        add_field(view, context, "field.name", context.text("ui.you.name"), flow::Field::Name, visit.sender_name, {m.margin, y, width, field_height});
        y += field_height + m.gap;
        add_field(view, context, "field.address", context.text("ui.you.address"), flow::Field::Address, visit.sender_address,
                  {m.margin, y, width, field_height});
        y += field_height + m.gap;
    } else {
        const float half = (width - m.gap) / 2;
        add_field(view, context, "field.name", context.text("ui.you.name"), flow::Field::Name, visit.sender_name, {m.margin, y, half, field_height});
        add_field(view, context, "field.address", context.text("ui.you.address"), flow::Field::Address, visit.sender_address,
                  {m.margin + half + m.gap, y, half, field_height});
        y += field_height + m.gap;
    }

    auto rows = keyboard_rows(context, context.flow.keyboard().shift);
    const float key_gap = std::max(6.f, m.gap * 0.6f);
    const auto per_row = std::size_t((width + key_gap) / (m.min_target + key_gap));
    if (per_row < 14) rows = narrower(rows, std::max<std::size_t>(per_row, 6));
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
            if (key.id == "shift") view.elements.back().selected = context.flow.keyboard().shift;
            x += key_width + key_gap;
        }
        y += key_height + key_gap;
    }

    add_back(view, context);
    add_primary(view, context, "nav.next", context.text("ui.nav.next") + " ›", true, flow::Event{flow::Next{}});
    // Skip sits between Back and Next: the way out for anyone who would rather write by hand.
    const Element& back = view.elements[view.elements.size() - 2];
    const Element& next = view.elements.back();
    const Rect skip{back.rect.right() + m.gap, bar.y, next.rect.x - m.gap - back.rect.right() - m.gap, bar.height};
    view.elements.push_back(make_element("you.skip", "button", context.text("ui.you.skip"), skip, Style::Secondary,
                                         flow::Event{flow::Skip{}}));
    return view;
}

}  // namespace kiosk::ui
