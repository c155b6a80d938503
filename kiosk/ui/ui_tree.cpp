#include "ui/ui_tree.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "base/atomic_file.h"
#include "ui/flow/screen.h"

namespace kiosk::ui {

namespace {

bool in_sight(const Rect& rect) { return rect.width >= 1 && rect.height >= 1; }

// Top to bottom, then left to right.
bool reads_before(const Rect& a, const Rect& b) { return a.y < b.y || (a.y == b.y && a.x < b.x); }

nlohmann::json described(std::string id, const std::string& role, const std::string& label, const Rect& rect) {
    return {{"id", std::move(id)},
            {"role", role},
            {"label", label},
            {"x", std::lround(rect.x)},
            {"y", std::lround(rect.y)},
            {"width", std::lround(rect.width)},
            {"height", std::lround(rect.height)},
            {"selected", false},
            {"disabled", false},
            {"focused", false}};
}

struct ShownText {
    const TextBlock* text;
    Rect rect;
};

// The texts in sight, in reading order.
std::vector<ShownText> shown_texts(const View& view, const ScrollOffsets& offsets) {
    std::vector<ShownText> shown;
    for (const auto& text : view.texts) {
        const Rect rect = visible_rect(text, view, offsets);
        if (!text.text.empty() && in_sight(rect)) shown.push_back({&text, rect});
    }
    std::stable_sort(shown.begin(), shown.end(),
                     [](const ShownText& a, const ShownText& b) { return reads_before(a.rect, b.rect); });
    return shown;
}

}  // namespace

std::string ui_tree_json(const View& view, const ScrollOffsets& offsets, const std::string& language, float width,
                         float height) {
    nlohmann::json elements = nlohmann::json::array();
    // The texts go in among the elements where they are read; the elements keep the
    // order the screen gives them.
    const std::vector<ShownText> texts = shown_texts(view, offsets);
    std::size_t next_text = 0;
    const auto write_text = [&] {
        const ShownText& shown = texts[next_text++];
        elements.push_back(described("text." + std::to_string(next_text), "text", shown.text->text, shown.rect));
    };
    for (const auto& element : view.elements) {
        const Rect rect = visible_rect(element, view, offsets);
        if (!in_sight(rect)) continue;  // scrolled out of sight
        while (next_text < texts.size() && reads_before(texts[next_text].rect, rect)) write_text();
        nlohmann::json item = described(element.id, element.role, element.label, rect);
        item["selected"] = element.selected;
        item["disabled"] = element.disabled;
        item["focused"] = element.id == view.key_focus;
        if (element.role == "field") item["filled"] = element.filled;
        elements.push_back(std::move(item));
    }
    while (next_text < texts.size()) write_text();
    const nlohmann::json tree = {{"screen", flow::screen_name(view.screen)},
                                 {"language", language},
                                 {"width", std::lround(width)},
                                 {"height", std::lround(height)},
                                 {"spoken", view.spoken},
                                 {"elements", std::move(elements)}};
    return tree.dump(1);
}

bool write_ui_tree(const std::filesystem::path& file, const std::string& json) {
    return base::write_file_atomically(file, json + "\n", 0644).has_value();
}

}  // namespace kiosk::ui
