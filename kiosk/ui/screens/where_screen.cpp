// Where: the state, then (for county-level recipients) the county. A county is two or
// three taps away: a letter in the A–Z strip jumps the scrolling list to it.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "ui/screens/build_view.h"
#include "ui/screens/layout_kit.h"
#include "ui/widgets/text_fit.h"

namespace kiosk::ui {
namespace {

// The letter a county is filed under: its first character, upper-cased ASCII.
std::string index_letter(const std::string& county) {
    if (county.empty()) return "";
    const unsigned char first = static_cast<unsigned char>(county[0]);
    return std::isalpha(first) ? std::string(1, char(std::toupper(first))) : std::string(1, char(first));
}

float add_caption(View& view, const ScreenContext& context, const std::string& text, float x, float y, float width) {
    const Metrics& m = context.metrics;
    const FittedText fitted = fit_text(context.font, text, width, m.body * 3, unsigned(m.body), unsigned(m.small), true);
    view.texts.push_back({text, {x, y, width, fitted.height}, unsigned(m.body), unsigned(m.small), true, Tone::Normal});
    return y + fitted.height + m.gap * 0.5f;
}

void add_states(View& view, const ScreenContext& context, const Rect& area, std::size_t columns) {
    const Metrics& m = context.metrics;
    const auto& states = context.pack.states;
    const std::size_t rows = (states.size() + columns - 1) / columns;
    const float cell = std::clamp((area.height - m.gap * float(rows - 1)) / float(rows), m.min_target, m.button_height * 1.5f);
    const auto cells = grid(area, states.size(), columns, cell, m.gap);
    for (std::size_t i = 0; i < states.size(); ++i) {
        const auto& state = states[i];
        Element button = make_element("state." + state.id, "toggle",
                                      state.name.in(context.language(), context.pack.default_language()), cells[i],
                                      Style::Toggle, flow::Event{flow::ChooseState{state.id}});
        button.selected = context.flow.visit().state == state.id;
        view.elements.push_back(button);
    }
}

void add_counties(View& view, const ScreenContext& context, const Rect& area) {
    const Metrics& m = context.metrics;
    const auto* state = context.pack.find_state(context.flow.visit().state);
    float y = add_caption(view, context, context.text("ui.where.county"), area.x, area.y, area.width);
    if (!state) {
        add_caption(view, context, context.text("ui.where.state-first"), area.x, y, area.width);
        return;
    }
    std::vector<std::string> letters;
    for (const auto& county : state->counties) {
        const std::string letter = index_letter(county);
        if (std::find(letters.begin(), letters.end(), letter) == letters.end()) letters.push_back(letter);
    }
    std::sort(letters.begin(), letters.end());

    const std::size_t columns = std::max<std::size_t>(2, std::size_t(area.width / (m.min_target * 5)));
    // Every row as tall as the longest name needs ("Cape Girardeau County" wraps).
    const float cell_width = (area.width - m.gap * float(columns - 1)) / float(columns);
    // Fitting only the widest name keeps a 115-county state cheap to lay out.
    const std::string* widest = nullptr;
    float widest_width = 0.f;
    for (const auto& county : state->counties) {
        const float width = text_width(context.font, county, unsigned(m.body), false);
        if (width > widest_width) widest_width = width, widest = &county;
    }
    const float row_height = widest ? button_height_for(context, *widest, cell_width - m.body * 1.2f, false) : m.min_target;
    // Rows are placed from 0, the top of the list's content; the A–Z strip jumps to them.
    std::map<std::string, float> first_row_y;
    const auto cells = grid({area.x, 0.f, area.width, 0.f}, state->counties.size(), columns, row_height, m.gap);
    for (std::size_t i = 0; i < state->counties.size(); ++i) {
        const std::string letter = index_letter(state->counties[i]);
        if (!first_row_y.count(letter)) first_row_y[letter] = cells[i].y;
    }

    const float key = m.min_target;
    const std::size_t per_row = std::max<std::size_t>(1, std::size_t((area.width + m.gap * 0.5f) / (key + m.gap * 0.5f)));
    const float strip_gap = m.gap * 0.5f;
    const auto strip = grid({area.x, y, float(per_row) * (key + strip_gap) - strip_gap, 0.f}, letters.size(), per_row, key, strip_gap);
    const std::size_t strip_rows = (letters.size() + per_row - 1) / per_row;
    const float list_top = y + float(strip_rows) * (key + strip_gap) + m.gap * 0.5f;
    const std::string area_id = "where.counties";
    for (std::size_t i = 0; i < letters.size(); ++i) {
        view.elements.push_back(make_element("letter-index." + letters[i], "button", letters[i], strip[i], Style::Key,
                                             ScrollTo{area_id, first_row_y[letters[i]]}));
    }

    const Rect viewport{area.x, list_top, area.width, area.bottom() - list_top};
    const float content_height = cells.empty() ? 0.f : cells.back().bottom();
    view.areas.push_back({area_id, viewport, area.width, content_height});
    for (std::size_t i = 0; i < state->counties.size(); ++i) {
        const auto& county = state->counties[i];
        Element button = make_element("county." + county, "toggle", county, cells[i].shifted(0.f, list_top), Style::Toggle,
                                      flow::Event{flow::ChooseCounty{county}});
        button.selected = context.flow.visit().county == county;
        button.scroll_area = area_id;
        view.elements.push_back(button);
    }
}

}  // namespace

View build_where(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    View view;
    const bool counties = context.flow.needs_county();
    const float top = add_title(view, context, context.text("ui.where.title"),
                                counties && m.height < 700 ? "" : context.text(counties ? "ui.where.county-hint" : "ui.where.hint"));
    const Rect area = content_area(m, top);

    if (!counties) {
        const float y = add_caption(view, context, context.text("ui.where.state"), area.x, area.y, area.width);
        const std::size_t columns = m.portrait ? 1 : 2;
        add_states(view, context, {area.x, y, area.width, std::min(area.bottom() - y, m.button_height * 4)}, columns);
    } else if (m.portrait) {
        float y = add_caption(view, context, context.text("ui.where.state"), area.x, area.y, area.width);
        const std::size_t columns = 2;
        const std::size_t rows = (context.pack.states.size() + columns - 1) / columns;
        const float states_height = float(rows) * m.min_target + float(rows - 1) * m.gap;
        add_states(view, context, {area.x, y, area.width, states_height}, columns);
        y += states_height + m.gap;
        add_counties(view, context, {area.x, y, area.width, area.bottom() - y});
    } else {
        // Side by side: states in a column on the left, counties on the right.
        const float left_width = std::max(m.min_target * 3, area.width * 0.24f);
        const float y = add_caption(view, context, context.text("ui.where.state"), area.x, area.y, left_width);
        const std::size_t rows = context.pack.states.size();
        const float states_height = std::min(area.bottom() - y, float(rows) * m.button_height + float(rows - 1) * m.gap);
        add_states(view, context, {area.x, y, left_width, states_height}, 1);
        const float right_x = area.x + left_width + m.gap * 2;
        add_counties(view, context, {right_x, area.y, area.right() - right_x, area.height});
    }
    add_back(view, context);
    add_primary(view, context, "nav.next", context.text("ui.nav.next") + " ›", context.flow.can_go_next(),
                flow::Event{flow::Next{}});
    return view;
}

}  // namespace kiosk::ui
