#include "letter/test_page.h"

namespace kiosk::letter {

LetterLayout test_page_layout(const std::string& title, const std::vector<std::string>& lines, content::PaperSize paper) {
    const bool a4 = paper == content::PaperSize::A4;
    LetterLayout layout;
    layout.page_width = a4 ? 595.f : 612.f;
    layout.page_height = a4 ? 842.f : 792.f;
    // Half an inch in: the margin every office printer can print to.
    const float margin = 36.f, left = 72.f;
    PageLayout page;
    const float right = layout.page_width - margin, bottom = layout.page_height - margin;
    page.rules = {{margin, margin, right, margin, 1.f}, {right, margin, right, bottom, 1.f},
                  {right, bottom, margin, bottom, 1.f}, {margin, bottom, margin, margin, 1.f}};
    float baseline = 144.f;
    page.runs.push_back({FontStyle::Bold, 36.f, left, baseline, title, {}});
    baseline += 48.f;
    for (const std::string& line : lines) {
        page.runs.push_back({FontStyle::Regular, 14.f, left, baseline, line, {}});
        baseline += 22.f;
    }
    layout.pages.push_back(std::move(page));
    return layout;
}

}  // namespace kiosk::letter
