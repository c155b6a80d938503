// Paints a laid-out letter into a PDF, in memory (libharu). Text is real, selectable
// UTF-8 text in embedded TrueType fonts; only the font styles a letter uses are
// embedded, because in libharu 2.3 each embedded font file is most of the cost
// of a letter, in time and in bytes.
#pragma once

#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "letter/font_set.h"
#include "letter/letter_layout.h"

namespace kiosk::pdf {

class PdfWriter {
public:
    explicit PdfWriter(letter::FontSet fonts);

    // The PDF's bytes. Throws std::runtime_error when libharu fails (a font file
    // that vanished, no memory); `try_write` reports that as a value instead.
    std::vector<unsigned char> write(const letter::LetterLayout& layout);
    tl::expected<std::vector<unsigned char>, std::string> try_write(const letter::LetterLayout& layout);

private:
    letter::FontSet fonts_;
};

}  // namespace kiosk::pdf
