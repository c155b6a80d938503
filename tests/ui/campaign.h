// The default campaign pack and the real letter engine, loaded once for the UI tests
// that look at letters (Review, Done, the previews).
#pragma once

#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>

#include "content/pack_loader.h"
#include "letter/font_set.h"
#include "letter/letter_composer.h"
#include "letter/letter_layout_engine.h"
#include "ui/letter_previews.h"

namespace kiosk::ui::testing {

class Campaign {
public:
    static Campaign& get() {
        static Campaign campaign;
        return campaign;
    }
    content::Pack pack;
    letter::FontSet fonts;
    std::unique_ptr<letter::LetterLayoutEngine> engine;

    // As the `run` command makes it: compose, then lay out on paper or reflow.
    LetterMaker maker() {
        LetterMaker maker;
        maker.lay_out = [this](const letter::LetterRequest& request) -> tl::expected<letter::LetterLayout, std::string> {
            auto composed = letter::compose_letter(pack, request);
            if (!composed) return tl::make_unexpected(composed.error());
            return engine->lay_out(*composed, request.paper);
        };
        maker.reflow = [this](const letter::LetterRequest& request,
                              float column_width) -> tl::expected<letter::LetterLayout, std::string> {
            auto composed = letter::compose_letter(pack, request);
            if (!composed) return tl::make_unexpected(composed.error());
            return engine->reflow(*composed, column_width);
        };
        return maker;
    }

private:
    Campaign() {
        const char* folder = std::getenv("LETTER_KIOSK_CONTENT");  // as the program itself
        auto loaded = content::load_pack(folder ? folder : KIOSK_DEFAULT_CONTENT_DIR);
        if (!loaded) throw std::runtime_error("the default pack does not load: " + loaded.error().front().to_string());
        pack = std::move(*loaded);
        fonts = letter::find_fonts().value();
        engine = std::make_unique<letter::LetterLayoutEngine>(letter::LetterLayoutEngine::create(fonts).value());
    }
};

}  // namespace kiosk::ui::testing
