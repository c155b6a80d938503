#include "ui/key_focus.h"

#include <algorithm>
#include <cmath>

namespace kiosk::ui {

std::vector<const Element*> reading_order(const View& view) {
    std::vector<const Element*> order;
    for (const Element& element : view.elements) {
        if (!element.disabled || element.explains_when_disabled) order.push_back(&element);
    }
    // Rows first: elements whose tops are within half a row of each other read left to
    // right. Positions inside a scroll area are at offset 0, the order of the list.
    std::stable_sort(order.begin(), order.end(), [](const Element* a, const Element* b) {
        const float row = std::min(a->rect.height, b->rect.height) * 0.5f;
        if (std::abs(a->rect.y - b->rect.y) > row) return a->rect.y < b->rect.y;
        return a->rect.x < b->rect.x;
    });
    return order;
}

void KeyFocus::follow(const View& view) {
    if (focused(view)) return;
    const auto order = reading_order(view);
    id_ = order.empty() ? "" : order.front()->id;
}

void KeyFocus::move(const View& view, Move move) {
    const auto order = reading_order(view);
    if (order.empty()) return;
    const auto at = std::find_if(order.begin(), order.end(), [&](const Element* e) { return e->id == id_; });
    if (at == order.end()) {
        id_ = move == Move::Forward ? order.front()->id : order.back()->id;
        return;
    }
    const std::size_t index = std::size_t(at - order.begin());
    const std::size_t next = move == Move::Forward ? (index + 1) % order.size() : (index + order.size() - 1) % order.size();
    id_ = order[next]->id;
}

const Element* KeyFocus::focused(const View& view) const {
    if (id_.empty()) return nullptr;
    for (const Element* element : reading_order(view)) {
        if (element->id == id_) return element;
    }
    return nullptr;
}

std::pair<std::size_t, std::size_t> KeyFocus::place(const View& view) const {
    const auto order = reading_order(view);
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (order[i]->id == id_) return {i + 1, order.size()};
    }
    return {0, order.size()};
}

}  // namespace kiosk::ui
