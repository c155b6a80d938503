#include "layout_bounds.h"

#include "letter/utf8.h"

namespace kiosk::letter::testing {

namespace {

struct Box {
    float left, top, right, bottom;
    const TextRun* run;
};

std::string where(std::size_t page, const TextRun& run) {
    return "page " + std::to_string(page + 1) + ", \"" + run.text.substr(0, 40) + "\" at (" + std::to_string(run.x) +
           ", " + std::to_string(run.baseline) + ")";
}

}  // namespace

std::vector<std::string> layout_problems(const LetterLayout& layout, const FontMetrics& metrics,
                                         const Margins& margins) {
    constexpr float slack = 0.05f;  // rounding in sums of advances
    std::vector<std::string> problems;
    for (std::size_t p = 0; p < layout.pages.size(); ++p) {
        std::vector<Box> boxes;
        for (const auto& run : layout.pages[p].runs) {
            const float width = metrics.width(decode_utf8(run.text), run.style, run.size);
            const Box box{run.x, run.baseline - 0.93f * run.size, run.x + width, run.baseline + 0.24f * run.size, &run};
            if (box.left < margins.side - slack || box.right > layout.page_width - margins.side + slack) {
                problems.push_back(where(p, run) + ", " + std::to_string(width) + " wide: past a side margin");
            }
            if (box.top < margins.top - slack || run.baseline > layout.page_height - margins.bottom + slack) {
                problems.push_back(where(p, run) + ": past the top or bottom margin");
            }
            boxes.push_back(box);
        }
        for (const auto& rule : layout.pages[p].rules) {
            if (std::min(rule.x1, rule.x2) < margins.side - slack ||
                std::max(rule.x1, rule.x2) > layout.page_width - margins.side + slack ||
                std::max(rule.y1, rule.y2) > layout.page_height - margins.bottom + slack) {
                problems.push_back("page " + std::to_string(p + 1) + ": a rule past a margin");
            }
        }
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            for (std::size_t j = i + 1; j < boxes.size(); ++j) {
                const Box& a = boxes[i];
                const Box& b = boxes[j];
                if (a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack &&
                    b.top < a.bottom - slack) {
                    problems.push_back(where(p, *a.run) + " overlaps " + where(p, *b.run));
                }
            }
        }
    }
    return problems;
}

}  // namespace kiosk::letter::testing
