// Pagination: places a sequence of blocks (lines, spaces, boxes) down the pages,
// starting a new page when the next block does not fit. A block marked
// keep_with_next moves to the next page together with what follows it, which is
// how the closing and signature never stand alone and paragraphs keep two lines.
// Every block lands below the one before it, so no two blocks overlap, and inside
// the frame's top and bottom unless a single block is taller than a page.
#pragma once

#include <functional>
#include <vector>

#include "letter/letter_layout.h"

namespace kiosk::letter {

struct FlowBlock {
    float height = 0.f;
    bool keep_with_next = false;
    bool is_space = false;  // vertical space: dropped at the top of a page
    std::function<void(PageLayout&, float top)> paint;  // nullptr for spaces
    float not_above = 0.f;  // on the first page, the block starts no higher (the envelope window)
};

struct FlowFrame {
    float first_page_top = 0.f;  // below the first page's address block
    float next_page_top = 0.f;   // below the running header
    float bottom = 0.f;          // above the footer
};

// Appends the blocks to `pages` (which holds the first page), adding pages as needed.
// Returns where the last page's text ends.
float flow_blocks(const std::vector<FlowBlock>& blocks, const FlowFrame& frame, std::vector<PageLayout>& pages);

}  // namespace kiosk::letter
