// The visitor screens of a pack as a visitor meets them, drawn off screen into PNG
// files by the kiosk's own screens and painter, for staff to look at before an event
// (`letter-kiosk preview`). Each screen is reached by driving the real visitor flow
// with a sample visit (flow/sample_visit.h). Needs an X display (SFML draws with
// OpenGL): the caller provides one, private if need be (private_display.h).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "content/pack.h"
#include "ui/flow/screen.h"
#include "ui/kiosk_screen.h"
#include "ui/letter_previews.h"

namespace kiosk::ui {

// The screens a preview shows, in the order a visitor meets them.
const std::vector<flow::Screen>& previewed_screens();

class ScreenPreview {
public:
    static tl::expected<std::unique_ptr<ScreenPreview>, std::string> create(const content::Pack& pack,
                                                                           const LetterFontFiles& letter_fonts,
                                                                           LetterMaker maker, unsigned width,
                                                                           unsigned height);

    // Draws `screen` in `language` as the sample visitor reaches it and writes it to
    // `png`; fails with a sentence when it cannot be drawn or written.
    tl::expected<void, std::string> save(flow::Screen screen, const content::LanguageCode& language,
                                         const std::filesystem::path& png) const;

private:
    ScreenPreview(const content::Pack& pack, LetterMaker maker, unsigned width, unsigned height);

    const content::Pack& pack_;
    LetterMaker maker_;
    unsigned width_, height_;
    std::unique_ptr<KioskScreen> screen_;
};

}  // namespace kiosk::ui
