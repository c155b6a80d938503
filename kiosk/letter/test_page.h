// The printer test page staff print from the staff screen: a title, then a few lines
// (the date, the printer's name), inside a frame that shows whether the printer keeps
// to the page's margins. Painted by the same PDF writer as the letters.
#pragma once

#include <string>
#include <vector>

#include "content/pack.h"
#include "letter/letter_layout.h"

namespace kiosk::letter {

LetterLayout test_page_layout(const std::string& title, const std::vector<std::string>& lines, content::PaperSize paper);

}  // namespace kiosk::letter
