#include "letter/line_setter.h"

#include "letter/bidi_text.h"
#include "letter/line_breaker.h"
#include "letter/utf8.h"
#include "letter/visible_characters.h"

namespace kiosk::letter {

std::vector<SetLine> LineSetter::lines(std::string_view text, FontStyle style, float size, float max_width) const {
    ShapedParagraph paragraph = shape_paragraph(visible_text(text));
    std::vector<SetLine> out;
    for (auto& line : break_lines(paragraph.text, metrics_, style, size, max_width)) {
        out.push_back({std::move(line), paragraph.right_to_left});
    }
    return out;
}

SetLine LineSetter::line(std::string_view text) const {
    ShapedParagraph paragraph = shape_paragraph(visible_text(text));
    return {std::move(paragraph.text), paragraph.right_to_left};
}

float LineSetter::width(const SetLine& line, FontStyle style, float size) const {
    return metrics_.width(line.text, style, size);
}

void LineSetter::place(const SetLine& line, FontStyle style, float size, float x, float baseline,
                       std::vector<TextRun>& runs) const {
    std::u32string visual = visual_order(line.text, line.right_to_left);
    drop_format_characters(visual);
    std::u32string piece;
    int piece_font = -1;
    float piece_width = 0.f;
    auto finish_piece = [&] {
        if (piece.empty()) return;
        runs.push_back(TextRun{style, size, x, baseline, encode_utf8(piece),
                               piece_font < 0 ? FontFile{} : metrics_.fallback_file(piece_font)});
        x += piece_width;
        piece.clear();
        piece_width = 0.f;
    };
    for (char32_t c : visual) {
        const FontMetrics::Glyph glyph = metrics_.glyph(c, style);
        if (glyph.font != piece_font) {
            finish_piece();
            piece_font = glyph.font;
        }
        piece.push_back(glyph.character);
        piece_width += glyph.advance * size;
    }
    finish_piece();
}

}  // namespace kiosk::letter
