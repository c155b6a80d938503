#include "ui/ui_tree.h"

#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "base/atomic_file.h"
#include "ui/flow/screen.h"

namespace kiosk::ui {

std::string ui_tree_json(const View& view, const ScrollOffsets& offsets, const std::string& language, float width,
                         float height) {
    nlohmann::json elements = nlohmann::json::array();
    for (const auto& element : view.elements) {
        const Rect rect = visible_rect(element, view, offsets);
        if (rect.width < 1 || rect.height < 1) continue;  // scrolled out of sight
        nlohmann::json item = {{"id", element.id},
                               {"role", element.role},
                               {"label", element.label},
                               {"x", std::lround(rect.x)},
                               {"y", std::lround(rect.y)},
                               {"width", std::lround(rect.width)},
                               {"height", std::lround(rect.height)},
                               {"selected", element.selected},
                               {"disabled", element.disabled}};
        if (element.role == "field") item["filled"] = element.filled;
        if (element.id == view.key_focus) item["focused"] = true;
        elements.push_back(std::move(item));
    }
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
