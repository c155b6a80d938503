// Everything a screen needs to lay itself out: the pack, the flow's state, the window's
// metrics and the font labels are measured with.
#pragma once

#include <string>
#include <vector>

#include <SFML/Graphics/Font.hpp>

#include "content/pack.h"
#include "letter/letter_layout.h"
#include "ui/flow/visitor_flow.h"
#include "ui/panel_density.h"
#include "ui/staff/staff_desk.h"
#include "ui/staff/staff_words.h"
#include "ui/widgets/theme.h"

namespace kiosk::ui {

// The letters of the current visit as laid out for printing (or why one could not be).
struct PreviewLetter {
    std::string recipient_id;
    letter::LetterLayout layout;
    // The same letter reflowed into Review's column for large text; no pages until
    // large text is asked for. Never printed.
    letter::LetterLayout reflowed;
    std::string error;  // not empty: this letter could not be made
};

// How Review shows the letters: which one, and whether in large text. Kept by the
// window for the visit, so toggling large text stays on the same letter.
struct ReviewState {
    std::size_t letter = 0;  // 0-based, among the visit's letters
    bool large_text = false;
};

// One letter sent to print, as Done describes it. Kept after the letters themselves
// (which hold the visitor's words) are wiped, so it holds a pack id and numbers only.
struct LetterSummary {
    std::string recipient_id;
    std::size_t pages = 0;
    bool address_by_hand = false;
};

struct ScreenContext {
    const content::Pack& pack;
    const flow::VisitorFlow& flow;
    const Metrics& metrics;
    const sf::Font& font;
    flow::Clock::time_point now;
    const std::vector<PreviewLetter>& letters;
    ReviewState review;
    const std::vector<LetterSummary>& printed;  // Done: the visit's letters sent to print
    const StaffDesk* staff = nullptr;  // the staff menu's state; null on every other screen
    // The pack's county name that is widest at the body size, or null when it has none:
    // it sizes every county tile. Measured once per window size, not per frame (a
    // national pack has 3,232 counties).
    const std::string* widest_county = nullptr;
    // The density the metrics are sized from, and where it came from (the staff screen says).
    const ScreenDensity* density = nullptr;

    // The pack's string `key` in the visitor's language.
    const std::string& text(const std::string& key) const { return pack.text(flow.visit().language, key); }
    const std::string& language() const { return flow.visit().language; }
    // A staff screen's words (ui/staff/staff_words.h) in the screen's language.
    const std::string& staff_text(const std::string& key) const { return ui::staff_text(pack, language(), key); }
};

}  // namespace kiosk::ui
