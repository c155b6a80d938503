// Where Review puts the letter and its buttons, and how big large text is. The window
// asks for the letters reflowed to `large_text(metrics).column_points` before building
// Review, and Review draws them at `scale`: both from this one place, so the column
// the letter is reflowed to is exactly the column it is drawn in.
#pragma once

#include "ui/widgets/rect.h"
#include "ui/widgets/theme.h"

namespace kiosk::ui {

struct ReviewColumns {
    Rect letter;  // the letter's header, its tabs and the letter itself
    Rect side;    // large text, Change buttons, the letter's language
};

// `area`: the space between Review's title and its bottom bar. Side by side on a wide
// screen; the buttons under the letter on a tall one.
ReviewColumns review_columns(const Metrics& m, const Rect& area);

// The inset of a letter's page inside its scroll area, each side.
float letter_padding(const Metrics& m);

struct LargeText {
    float scale;          // pixels per point
    float column_points;  // the width the letter is reflowed to
};

// Large text is the letter's 10 pt body at the screen's own body size or more (its
// 8 pt small print at 24 px or more), in a column as wide as the letter's scroll area:
// every line is read by scrolling down only.
LargeText large_text(const Metrics& m);

}  // namespace kiosk::ui
