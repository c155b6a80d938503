// Paints a laid-out letter into a PDF, in memory (libharu). Text is real, selectable
// text in embedded TrueType fonts (libharu embeds only the glyphs used); only the
// font styles a letter uses are embedded, and text goes through single-byte
// encodings where it can (text_encodings.h), because in libharu 2.3 each font file
// and each "UTF-8" font is most of the cost of a letter, in time and in bytes.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "letter/font_set.h"
#include "letter/letter_layout.h"

namespace kiosk::pdf {

class TextEncodings;

class PdfWriter {
public:
    explicit PdfWriter(letter::FontSet fonts);

    // The PDF's bytes. Throws std::runtime_error when libharu fails (a font file
    // that vanished, no memory); `try_write` reports that as a value instead.
    std::vector<unsigned char> write(const letter::LetterLayout& layout);
    tl::expected<std::vector<unsigned char>, std::string> try_write(const letter::LetterLayout& layout);

private:
    letter::FontSet fonts_;
    std::shared_ptr<const TextEncodings> encodings_;  // read-only; shared by copies
};

}  // namespace kiosk::pdf
