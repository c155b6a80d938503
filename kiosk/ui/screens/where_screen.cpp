// Where: the ZIP code first (when the pack has zips.csv), which narrows the choice to
// the few counties it touches; else the state, then (for county-level recipients) the
// county from the list, where a letter in the A–Z strip jumps to it.
#include <algorithm>
#include <cmath>
#include <map>

#include "ui/screens/build_view.h"
#include "ui/screens/county_index.h"
#include "ui/screens/layout_kit.h"
#include "ui/widgets/text_fit.h"

namespace kiosk::ui {
namespace {

FittedText fit_caption(const ScreenContext& context, const std::string& text, float width) {
    const Metrics& m = context.metrics;
    return fit_text(context.font, text, width, m.body * 3, unsigned(m.body), unsigned(m.small), true);
}

// The height a caption takes, with the space under it.
float caption_height(const ScreenContext& context, const std::string& text, float width) {
    return fit_caption(context, text, width).height + context.metrics.gap * 0.5f;
}

float add_caption(View& view, const ScreenContext& context, const std::string& text, float x, float y, float width) {
    const Metrics& m = context.metrics;
    const FittedText fitted = fit_caption(context, text, width);
    view.texts.push_back({text, {x, y, width, fitted.height}, unsigned(m.body), unsigned(m.small), true, Tone::Normal});
    return y + fitted.height + m.gap * 0.5f;
}

const std::string& state_name(const ScreenContext& context, const content::State& state) {
    return state.name.in(context.language(), context.pack.default_language());
}

// The least height of a state tile in `columns` across `width`: as tall as the widest
// name needs ("Northern Mariana Islands" takes two lines in a narrow column); only that
// name is fitted.
float state_tile_height(const ScreenContext& context, float width, std::size_t columns) {
    const Metrics& m = context.metrics;
    const std::string* widest = nullptr;
    float widest_width = 0.f;
    for (const auto& state : context.pack.states) {
        const float name_width = text_width(context.font, state_name(context, state), unsigned(m.body), false);
        if (name_width > widest_width) widest_width = name_width, widest = &state_name(context, state);
    }
    const float cell_width = (width - m.gap * float(columns - 1)) / float(columns);
    return widest ? button_height_for(context, *widest, cell_width - m.body * 1.2f, false) : m.min_target;
}

void add_states(View& view, const ScreenContext& context, const Rect& area, std::size_t columns) {
    const Metrics& m = context.metrics;
    const auto& states = context.pack.states;
    const std::size_t rows = (states.size() + columns - 1) / columns;
    float cell = std::clamp((area.height - m.gap * float(rows - 1)) / float(rows), m.min_target, m.button_height * 1.5f);
    cell = std::max(cell, state_tile_height(context, area.width, columns));
    // Rows are placed from 0, the top of the list's content, as the counties' are.
    const auto cells = grid({area.x, 0.f, area.width, 0.f}, states.size(), columns, cell, m.gap);
    // More states than fit (a national pack has 56): the list scrolls, as the counties do.
    ScrollArea list{"where.states", area, area.width, cells.empty() ? 0.f : cells.back().bottom()};
    const bool scrolls = list.content_height > area.height + 0.5f;
    for (std::size_t i = 0; i < states.size(); ++i) {
        const auto& state = states[i];
        Element button = make_element("state." + state.id, "toggle", state_name(context, state),
                                      cells[i].shifted(0.f, area.y), Style::Toggle, flow::Event{flow::ChooseState{state.id}});
        button.selected = context.flow.visit().state == state.id;
        if (scrolls) {
            button.scroll_area = list.id;
            if (button.selected) list.initial_y = cells[i].y;  // back from Review: the choice is in view
        }
        view.elements.push_back(button);
    }
    if (scrolls) view.areas.push_back(list);
}

// The height of a county tile `cell_width` wide: the same in every state, so that the
// list keeps its shape when the visitor changes state. Only the widest name is fitted.
float county_row_height(const ScreenContext& context, float cell_width) {
    const Metrics& m = context.metrics;
    const std::string* widest = context.widest_county;
    return widest ? button_height_for(context, *widest, cell_width - m.body * 1.2f, false) : m.min_target;
}

void add_counties(View& view, const ScreenContext& context, const Rect& area) {
    const Metrics& m = context.metrics;
    const auto* state = context.pack.find_state(context.flow.visit().state);
    const std::string& caption = context.text("ui.where.county");
    if (!state) {
        const float y = add_caption(view, context, caption, area.x, area.y, area.width);
        add_caption(view, context, context.text("ui.where.state-first"), area.x, y, area.width);
        return;
    }
    const std::vector<std::string> counties = counties_in_index_order(state->counties);
    std::vector<std::string> letters;
    for (const auto& county : counties) {
        const std::string letter = index_letter(county);
        if (letters.empty() || letters.back() != letter) letters.push_back(letter);
    }

    const std::size_t columns = std::max<std::size_t>(2, std::size_t(area.width / (m.min_target * 5)));
    const float cell_width = (area.width - m.gap * float(columns - 1)) / float(columns);
    const float row_height = county_row_height(context, cell_width);
    // Rows are placed from 0, the top of the list's content; the A–Z strip jumps to them.
    std::map<std::string, float> first_row_y;
    const auto cells = grid({area.x, 0.f, area.width, 0.f}, counties.size(), columns, row_height, m.gap);
    for (std::size_t i = 0; i < counties.size(); ++i) first_row_y.emplace(index_letter(counties[i]), cells[i].y);

    const float key = m.min_target;
    const float strip_gap = key_gap(m);
    const std::size_t per_row = std::max<std::size_t>(1, std::size_t((area.width + strip_gap) / (key + strip_gap)));
    const std::size_t strip_rows = (letters.size() + per_row - 1) / per_row;
    const float strip_top = area.y + caption_height(context, caption, area.width);
    const float list_top = strip_top + float(strip_rows) * (key + strip_gap) + m.gap * 0.5f;
    // Too little room left (a ZIP code touching many counties on a small screen): the
    // ZIP code's own buttons stand in for the list.
    if (area.bottom() - list_top < m.min_target) return;
    add_caption(view, context, caption, area.x, area.y, area.width);
    // Each state's list is an area of its own, so changing state starts at its top.
    const std::string area_id = "where.counties." + state->id;
    const auto strip = grid({area.x, strip_top, float(per_row) * (key + strip_gap) - strip_gap, 0.f}, letters.size(), per_row,
                            key, strip_gap);
    for (std::size_t i = 0; i < letters.size(); ++i) {
        view.elements.push_back(make_element("letter-index." + letters[i], "button", letters[i], strip[i], Style::Key,
                                             ScrollTo{area_id, first_row_y[letters[i]]}));
    }

    ScrollArea list{area_id, {area.x, list_top, area.width, area.bottom() - list_top}, area.width,
                    cells.empty() ? 0.f : cells.back().bottom()};
    for (std::size_t i = 0; i < counties.size(); ++i) {
        const auto& county = counties[i];
        Element button = make_element("county." + county, "toggle", county, cells[i].shifted(0.f, list_top), Style::Toggle,
                                      flow::Event{flow::ChooseCounty{county}});
        button.selected = context.flow.visit().county == county;
        if (button.selected) list.initial_y = cells[i].y;  // back from Review: the choice is in view
        button.scroll_area = area_id;
        view.elements.push_back(button);
    }
    view.areas.push_back(list);
}

// The counties a found ZIP code touches, one tap each, in `row` (taller when the names
// wrap, two rows beyond four counties).
float add_zip_counties(View& view, const ScreenContext& context, const Rect& row) {
    const Metrics& m = context.metrics;
    const auto& visit = context.flow.visit();
    const auto matches = context.flow.zip_matches();
    std::vector<std::string> labels;
    std::string widest;
    float widest_width = 0.f;
    for (const auto& area : matches) {
        // The state is named when it is not the one chosen (a ZIP code on a state line).
        const auto* state = context.pack.find_state(area.state);
        labels.push_back(area.state == visit.state || !state ? area.county : area.county + ", " + state_name(context, *state));
        const float width = text_width(context.font, labels.back(), unsigned(m.body), false);
        if (width > widest_width) widest_width = width, widest = labels.back();
    }
    const std::size_t columns = std::min<std::size_t>(matches.size(), 4);
    const float fair_width = (row.width - m.gap * float(columns - 1)) / float(columns);
    const float cell_width = std::min(fair_width, std::max(m.min_target * 4, widest_width + m.body * 3));
    const float cell_height = std::max(row.height, button_height_for(context, widest, cell_width - m.body * 1.2f, false));
    const float grid_width = cell_width * float(columns) + m.gap * float(columns - 1);
    const auto cells = grid({row.x, row.y, grid_width, 0.f}, matches.size(), columns, cell_height, m.gap);
    for (std::size_t i = 0; i < matches.size(); ++i) {
        const auto& area = matches[i];
        const bool name_repeats = std::count_if(matches.begin(), matches.end(), [&](const content::ZipArea& other) {
                                      return other.county == area.county;
                                  }) > 1;
        Element button = make_element("zip-county." + area.county + (name_repeats ? "." + area.state : ""), "toggle",
                                      labels[i], cells[i], Style::Toggle, flow::Event{flow::ChooseCounty{area.county, area.state}});
        button.selected = visit.state == area.state && visit.county == area.county;
        view.elements.push_back(button);
    }
    return cells.back().bottom();
}

float add_zip_not_found(View& view, const ScreenContext& context, const Rect& row) {
    const Metrics& m = context.metrics;
    const std::string& text =
        context.text(context.flow.needs_county() ? "ui.where.zip-not-found" : "ui.where.zip-not-found-state");
    const FittedText fitted = fit_text(context.font, text, row.width, m.body * 4, unsigned(m.body), unsigned(m.small), true);
    const float y = row.y + std::max(0.f, (row.height - fitted.height) / 2);
    view.texts.push_back({text, {row.x, y, row.width, fitted.height}, unsigned(m.body), unsigned(m.small), true, Tone::Error});
    return y + fitted.height;
}

float add_zip_digits(View& view, const Rect& row, float between, float min_key) {
    const float key = std::clamp((row.width - between * 9) / 10, min_key, min_key * 1.3f);
    const char* digits = "1234567890";
    for (int i = 0; i < 10; ++i) {
        const char digit = digits[i];
        view.elements.push_back(make_element(std::string("zip.") + digit, "key", std::string(1, digit),
                                             {row.x + float(i) * (key + between), row.y, key, row.height}, Style::Key,
                                             flow::Event{flow::ZipDigit{digit}}));
    }
    return row.bottom();
}

// "Your ZIP code": the digits typed, Delete, and the ten digits; once five are typed,
// the digits give way to what they found: the counties to tap, or a line saying the
// ZIP code is not known. Returns the y below it all.
float add_zip(View& view, const ScreenContext& context, const Rect& area) {
    const Metrics& m = context.metrics;
    const std::string& zip = context.flow.visit().zip;
    const std::string& caption = context.text("ui.where.zip");
    const float y = add_caption(view, context, caption, area.x, area.y, area.width);
    const float height = std::clamp(m.button_height, m.min_target, m.min_target * 1.25f);
    const float between_keys = key_gap(m);

    const float field_width = std::max(m.min_target * 2, text_width(context.font, "00000|", unsigned(m.body), false) + 3 * m.gap);
    Element field = make_element("field.zip", "field", caption, {area.x, y, field_width, height}, Style::Field, NoAction{});
    field.detail = zip;  // drawn on screen; never written to the UI tree
    field.filled = !zip.empty();
    field.focused = zip.size() < flow::VisitorFlow::zip_length;
    view.elements.push_back(field);
    const std::string& delete_label = context.text("ui.key.backspace");
    const float delete_width = std::max(m.min_target * 1.5f, text_width(context.font, delete_label, unsigned(m.body), false) + 3 * m.gap);
    view.elements.push_back(make_element("zip.backspace", "key", delete_label,
                                         {area.x + field_width + between_keys, y, delete_width, height}, Style::Key,
                                         flow::Event{flow::ZipBackspace{}}));

    // Beside the field when the ten digits fit there, else on a row of their own.
    const float beside = area.x + field_width + between_keys + delete_width + m.gap * 2;
    const Rect rest = area.right() - beside >= 10 * m.min_target + 9 * between_keys
                          ? Rect{beside, y, area.right() - beside, height}
                          : Rect{area.x, y + height + between_keys, area.width, height};
    // A ZIP code not found says so beside the field when the words fit there: a low
    // screen keeps the row for the lists.
    const Rect beside_field{beside, y, area.right() - beside, height};
    const std::string& not_found =
        context.text(context.flow.needs_county() ? "ui.where.zip-not-found" : "ui.where.zip-not-found-state");
    const bool fits_beside = fit_text(context.font, not_found, beside_field.width, beside_field.height, unsigned(m.body),
                                      unsigned(m.small), true).fits;
    float bottom = 0.f;
    switch (context.flow.zip_status()) {
        case flow::ZipStatus::Found: bottom = add_zip_counties(view, context, rest); break;
        case flow::ZipStatus::NotFound: bottom = add_zip_not_found(view, context, fits_beside ? beside_field : rest); break;
        case flow::ZipStatus::Empty:
        case flow::ZipStatus::Typing: bottom = add_zip_digits(view, rest, between_keys, m.min_target); break;
    }
    return std::max(y + height, bottom) + m.gap;
}

// What the flow says is missing after a tap on Next, as one line above the bottom bar;
// returns the part of `content` left above it.
Rect add_notice_line(View& view, const ScreenContext& context, const Rect& content) {
    const std::string& key = context.flow.notice_key();
    if (key.empty()) return content;
    const Metrics& m = context.metrics;
    const std::string& text = context.text(key);
    const FittedText fitted = fit_text(context.font, text, content.width, m.body * 3, unsigned(m.body), unsigned(m.small), true);
    const float y = content.bottom() - fitted.height;
    view.texts.push_back({text, {content.x, y, content.width, fitted.height}, unsigned(m.body), unsigned(m.small), true, Tone::Error});
    return {content.x, content.y, content.width, y - m.gap - content.y};
}

// "My state is not listed", between Back and Next: a visitor from elsewhere can still
// write the national letters.
void add_not_listed(View& view, const ScreenContext& context) {
    if (!context.flow.offers_state_not_listed() || !context.flow.needs_state()) return;
    view.elements.push_back(make_element("where.not-listed", "button", context.text("ui.where.not-listed"),
                                         nav_bar_middle(context), Style::Secondary,
                                         flow::Event{flow::StateNotListed{}}));
}

}  // namespace

namespace {

const std::string page_id = "where.page";

// Turns what lies between `first_element`/`first_text` and the end of the view into one
// page that scrolls in `viewport`: the ZIP code, the states, the A–Z strip and the
// counties, whose own list becomes part of it (its letters jump down the page).
void make_one_page(View& view, std::size_t first_element, std::size_t first_text, const Rect& viewport) {
    float bottom = viewport.y;
    std::map<std::string, float> list_top;  // the lists folded into the page, by id
    for (const auto& area : view.areas) list_top.emplace(area.id, area.viewport.y);
    for (std::size_t i = first_element; i < view.elements.size(); ++i) {
        Element& element = view.elements[i];
        element.scroll_area = page_id;
        if (auto* jump = std::get_if<ScrollTo>(&element.action); jump && list_top.count(jump->area)) {
            *jump = {page_id, list_top[jump->area] - viewport.y + jump->y};
        }
        bottom = std::max(bottom, element.rect.bottom());
    }
    for (std::size_t i = first_text; i < view.texts.size(); ++i) {
        view.texts[i].scroll_area = page_id;
        bottom = std::max(bottom, view.texts[i].box.bottom());
    }
    view.areas = {{page_id, viewport, viewport.width, bottom - viewport.y}};
}

bool shows_county_list(const View& view) {
    return std::any_of(view.areas.begin(), view.areas.end(),
                       [](const ScrollArea& area) { return area.id.rfind("where.counties.", 0) == 0; });
}

// `one_page`: a 7" panel, too low for the county list beside the rest: everything
// between the title and the bottom bar scrolls as one page.
View build_where_layout(const ScreenContext& context, bool one_page) {
    const Metrics& m = context.metrics;
    View view;
    const bool counties = context.flow.needs_county();
    const bool zips = !context.pack.zips.empty();
    const std::string& hint = context.text(zips ? (counties ? "ui.where.zip-county-hint" : "ui.where.zip-hint")
                                                : (counties ? "ui.where.county-hint" : "ui.where.hint"));
    const float top = add_title(view, context, context.text("ui.where.title"), counties && m.height < 700 ? "" : hint);
    Rect area = add_notice_line(view, context, content_area(m, top));
    const Rect page = area;
    const std::size_t first_element = view.elements.size(), first_text = view.texts.size();
    // On one page the lists take the height they need.
    if (one_page) area.height = 1e6f;
    if (zips) {
        const float below = add_zip(view, context, area);
        area = {area.x, below, area.width, area.bottom() - below};
    }

    const std::size_t state_rows = context.pack.states.size();
    const float state_column_height = caption_height(context, context.text("ui.where.state"), area.width) +
                                      float(state_rows) * m.min_target + float(state_rows - 1) * m.gap;
    if (!counties) {
        const float y = add_caption(view, context, context.text("ui.where.state"), area.x, area.y, area.width);
        const std::size_t columns = m.portrait ? 1 : 2;
        add_states(view, context, {area.x, y, area.width, std::min(area.bottom() - y, m.button_height * 4)}, columns);
    } else if (one_page || m.portrait || (area.height < state_column_height && state_rows <= 8)) {
        // States in rows across the screen, counties below them (the states' rows scroll
        // when there are many of them, in at most a third of the height).
        float y = add_caption(view, context, context.text("ui.where.state"), area.x, area.y, area.width);
        const std::size_t columns = m.portrait ? 2 : std::min<std::size_t>(4, state_rows);
        const std::size_t rows = (state_rows + columns - 1) / columns;
        const float tile = state_tile_height(context, area.width, columns);
        const float states_height = std::min(float(rows) * tile + float(rows - 1) * m.gap,
                                             std::max(m.min_target, (area.bottom() - y) / 3));
        add_states(view, context, {area.x, y, area.width, states_height}, columns);
        y += states_height + m.gap;
        add_counties(view, context, {area.x, y, area.width, area.bottom() - y});
    } else {
        // Side by side: states in a column on the left (scrolling when they do not all
        // fit, as a national pack's 56), counties on the right.
        const float left_width = std::max(m.min_target * 3, area.width * 0.24f);
        const float y = add_caption(view, context, context.text("ui.where.state"), area.x, area.y, left_width);
        const float states_height =
            std::min(area.bottom() - y, float(state_rows) * m.button_height + float(state_rows - 1) * m.gap);
        add_states(view, context, {area.x, y, left_width, states_height}, 1);
        const float right_x = area.x + left_width + m.gap * 2;
        add_counties(view, context, {right_x, area.y, area.right() - right_x, area.height});
    }
    if (one_page) make_one_page(view, first_element, first_text, page);
    add_back(view, context);
    add_primary(view, context, "nav.next", context.text("ui.nav.next") + " ›", context.flow.can_go_next(),
                flow::Event{flow::Next{}});
    add_not_listed(view, context);
    return view;
}

}  // namespace

View build_where(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    View view = build_where_layout(context, false);
    // A county to choose from the list, and no room for the list: first the least
    // target size, then, on a 7" panel, the whole step as one page that scrolls.
    const bool list_wanted = context.flow.needs_county() && context.flow.zip_status() != flow::ZipStatus::Found &&
                             context.pack.find_state(context.flow.visit().state);
    if (!list_wanted || shows_county_list(view)) return view;
    if (!at_least_size_already(m)) {
        const Metrics tight = at_least_size(m);
        return build_where(with_metrics(context, tight));
    }
    return build_where_layout(context, true);
}

}  // namespace kiosk::ui
