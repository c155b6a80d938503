// The element a keypad or a keyboard acts on, for visitors who cannot use the screen:
// Tab and the arrows move it through the screen's touchable elements in reading order
// (top to bottom, then left to right), Enter acts on it. It follows the screen as the
// screen is rebuilt: the same element keeps the focus while it is there.
#pragma once

#include <string>
#include <vector>

#include "ui/screens/view.h"

namespace kiosk::ui {

class KeyFocus {
public:
    enum class Move { Forward, Backward };

    // After the view was rebuilt: the focus stays on the element of the same id, else
    // goes to the screen's first element (a new screen starts at its top).
    void follow(const View& view);
    void move(const View& view, Move move);
    // The focused element of `view`, or nullptr when it has none.
    const Element* focused(const View& view) const;
    const std::string& id() const { return id_; }
    // Its place among the screen's focusable elements: {1-based index, count}.
    std::pair<std::size_t, std::size_t> place(const View& view) const;

private:
    std::string id_;
};

// The focusable elements of `view` in reading order: every element a tap reaches
// (disabled ones only when they explain why), fields and keys included.
std::vector<const Element*> reading_order(const View& view);

}  // namespace kiosk::ui
