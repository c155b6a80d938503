#include "letter/page_flow.h"

namespace kiosk::letter {

float flow_blocks(const std::vector<FlowBlock>& blocks, const FlowFrame& frame, std::vector<PageLayout>& pages) {
    if (pages.empty()) pages.emplace_back();
    float top = frame.first_page_top;
    float page_top = frame.first_page_top;

    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const FlowBlock& block = blocks[i];
        if (block.is_space && top == page_top) continue;
        if (pages.size() == 1 && top < block.not_above) top = block.not_above;

        // The block and every block it is kept with must fit together.
        float group_height = 0.f;
        for (std::size_t j = i; j < blocks.size(); ++j) {
            group_height += blocks[j].height;
            if (!blocks[j].keep_with_next) break;
        }
        const bool fits = top + group_height <= frame.bottom;
        // A group taller than a fresh page breaks where it must, from where it is:
        // moving it on would leave a page nearly empty and gain nothing.
        const bool fits_a_page = frame.next_page_top + group_height <= frame.bottom;
        if (!fits && fits_a_page && top > page_top) {
            pages.emplace_back();
            top = page_top = frame.next_page_top;
            if (block.is_space) continue;
        }
        if (top + block.height > frame.bottom && top > page_top) {
            pages.emplace_back();
            top = page_top = frame.next_page_top;
        }
        if (block.paint) block.paint(pages.back(), top);
        top += block.height;
    }
    return top;
}

}  // namespace kiosk::letter
