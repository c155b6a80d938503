#include "app/letter_engine.h"

#include "letter/letter_composer.h"

namespace kiosk::app {

tl::expected<LetterEngine, std::string> LetterEngine::create() {
    auto fonts = letter::find_fonts();
    if (!fonts) return tl::make_unexpected(fonts.error());
    auto layout = letter::LetterLayoutEngine::create(*fonts);
    if (!layout) return tl::make_unexpected(layout.error());
    LetterEngine engine;
    engine.fonts = *fonts;
    engine.layout = std::make_unique<letter::LetterLayoutEngine>(std::move(*layout));
    engine.writer = std::make_shared<pdf::PdfWriter>(*fonts);
    return engine;
}

ui::LetterMaker LetterEngine::maker(const content::Pack& pack) const {
    const letter::LetterLayoutEngine* layout_engine = layout.get();
    ui::LetterMaker maker;
    maker.lay_out = [&pack, layout_engine](const letter::LetterRequest& request)
        -> tl::expected<letter::LetterLayout, std::string> {
        auto composed = letter::compose_letter(pack, request);
        if (!composed) return tl::make_unexpected(composed.error());
        return layout_engine->lay_out(*composed, request.paper);
    };
    maker.reflow = [&pack, layout_engine](const letter::LetterRequest& request, float column_width)
        -> tl::expected<letter::LetterLayout, std::string> {
        auto composed = letter::compose_letter(pack, request);
        if (!composed) return tl::make_unexpected(composed.error());
        return layout_engine->reflow(*composed, column_width);
    };
    maker.write_pdf = [pdf = writer](const letter::LetterLayout& page_layout) { return pdf->try_write(page_layout); };
    return maker;
}

}  // namespace kiosk::app
