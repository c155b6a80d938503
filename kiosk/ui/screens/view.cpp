#include "ui/screens/view.h"

#include <algorithm>

namespace kiosk::ui {

const ScrollArea* View::find_area(const std::string& id) const {
    for (const auto& area : areas) {
        if (area.id == id) return &area;
    }
    return nullptr;
}

const Element* View::find(const std::string& id) const {
    for (const auto& element : elements) {
        if (element.id == id) return &element;
    }
    return nullptr;
}

namespace {

Rect visible_in_area(const Rect& rect, const std::string& scroll_area, const View& view, const ScrollOffsets& offsets) {
    if (scroll_area.empty()) return rect;
    const ScrollArea* area = view.find_area(scroll_area);
    if (!area) return rect;
    const auto offset = offsets.find(scroll_area);
    const ScrollOffset by = offset == offsets.end() ? ScrollOffset{} : offset->second;
    return rect.shifted(-by.x, -by.y).clipped_to(area->viewport);
}

}  // namespace

Rect visible_rect(const Element& element, const View& view, const ScrollOffsets& offsets) {
    return visible_in_area(element.rect, element.scroll_area, view, offsets);
}

Rect visible_rect(const TextBlock& text, const View& view, const ScrollOffsets& offsets) {
    return visible_in_area(text.box, text.scroll_area, view, offsets);
}

const Element* element_at(const View& view, const ScrollOffsets& offsets, float x, float y) {
    if (more_below_at(view, offsets, x, y)) return nullptr;
    // Last drawn is on top.
    for (auto element = view.elements.rbegin(); element != view.elements.rend(); ++element) {
        const Rect rect = visible_rect(*element, view, offsets);
        if (rect.width > 0 && rect.height > 0 && rect.contains(x, y)) return &*element;
    }
    return nullptr;
}

const MoreBelow* more_below_at(const View& view, const ScrollOffsets& offsets, float x, float y) {
    for (const auto& more : view.more_below) {
        const ScrollArea* area = view.find_area(more.area);
        if (area && more.label_box.contains(x, y) && has_more_below(*area, offsets)) return &more;
    }
    return nullptr;
}

const ScrollArea* area_at(const View& view, float x, float y) {
    for (const auto& area : view.areas) {
        if (area.viewport.contains(x, y)) return &area;
    }
    return nullptr;
}

ScrollOffset clamp_offset(const ScrollArea& area, ScrollOffset offset) {
    offset.x = std::clamp(offset.x, 0.f, std::max(0.f, area.content_width - area.viewport.width));
    offset.y = std::clamp(offset.y, 0.f, std::max(0.f, area.content_height - area.viewport.height));
    return offset;
}

ScrollOffsets opening_offsets(const View& view) {
    ScrollOffsets offsets;
    for (const auto& area : view.areas) offsets[area.id] = clamp_offset(area, {0.f, area.initial_y});
    return offsets;
}

bool overflows(const ScrollArea& area) { return area.content_height > area.viewport.height + 1.f; }

bool has_more_below(const ScrollArea& area, const ScrollOffsets& offsets) {
    const auto offset = offsets.find(area.id);
    const float y = offset == offsets.end() ? 0.f : offset->second.y;
    return overflows(area) && y < area.content_height - area.viewport.height - 1.f;
}

}  // namespace kiosk::ui
