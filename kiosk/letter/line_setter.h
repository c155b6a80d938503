// The one path from a field's text to positioned runs, for every text the layout
// engine places: which characters print (visible_characters.h), Arabic joining and
// right-to-left order (bidi_text.h), word wrap (line_breaker.h) and the font of each
// character (font_metrics.h). Lines are measured with the very fonts they are drawn
// in, fallback fonts included.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "letter/font_metrics.h"
#include "letter/letter_layout.h"

namespace kiosk::letter {

struct SetLine {
    std::u32string text;  // logical order, shaped; format characters still in
    bool right_to_left = false;
};

class LineSetter {
public:
    explicit LineSetter(const FontMetrics& metrics) : metrics_(metrics) {}

    // `text` (UTF-8) in lines at most `max_width` points wide (a line may be empty
    // only when `text` prints nothing).
    std::vector<SetLine> lines(std::string_view text, FontStyle style, float size, float max_width) const;
    // `text` as one line, however long: for a caller that clips it.
    SetLine line(std::string_view text) const;

    float width(const SetLine& line, FontStyle style, float size) const;

    // The line's runs, in the order drawn, from `x` at `baseline`: one per font.
    void place(const SetLine& line, FontStyle style, float size, float x, float baseline,
               std::vector<TextRun>& runs) const;

private:
    const FontMetrics& metrics_;
};

}  // namespace kiosk::letter
