// The letter engine as the commands use it: the letter fonts found, the layout engine
// and the PDF writer made once, and the LetterMaker the screens are handed.
#pragma once

#include <memory>
#include <string>

#include <tl/expected.hpp>

#include "content/pack.h"
#include "letter/font_set.h"
#include "letter/letter_layout_engine.h"
#include "pdf/pdf_writer.h"
#include "ui/letter_previews.h"

namespace kiosk::app {

struct LetterEngine {
    letter::FontSet fonts;
    std::unique_ptr<letter::LetterLayoutEngine> layout;
    std::shared_ptr<pdf::PdfWriter> writer;

    // Fails (with the reason, for exit 3) when no letter font can be found or read.
    static tl::expected<LetterEngine, std::string> create();

    // Compose, then lay out on paper or reflow, then write: for `pack`, which must
    // outlive the maker, as must this engine.
    ui::LetterMaker maker(const content::Pack& pack) const;
};

}  // namespace kiosk::app
