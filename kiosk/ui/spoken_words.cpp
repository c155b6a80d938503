#include "ui/spoken_words.h"

#include "ui/screens/layout_kit.h"

namespace kiosk::ui {
namespace {

// Sentences joined so the voice pauses between them.
void add_sentence(std::string& spoken, const std::string& words) {
    if (words.empty() || words == " ") return;
    if (!spoken.empty()) spoken += spoken.back() == '.' || spoken.back() == '?' || spoken.back() == ':' ? " " : ". ";
    spoken += words;
}

}  // namespace

std::string screen_sentence(const View& view) {
    std::string spoken;
    for (const TextBlock& block : view.texts) {
        if (block.scroll_area.empty()) add_sentence(spoken, block.text);
    }
    return spoken;
}

std::string focus_sentence(const View& view, const KeyFocus& focus, const content::Pack& pack,
                           const content::LanguageCode& language) {
    const Element* element = focus.focused(view);
    if (!element) return "";
    std::string spoken = element->label;
    if (!element->detail.empty() && element->role != "field") spoken += ", " + element->detail;
    if (element->role == "toggle") {
        spoken += ", " + pack.text(language, element->selected ? "ui.speech.chosen" : "ui.speech.not-chosen");
    }
    if (element->disabled) spoken += ", " + pack.text(language, "ui.speech.unavailable");
    const auto [index, count] = focus.place(view);
    spoken += ", " + fill(fill(pack.text(language, "ui.speech.place"), "index", std::to_string(index)), "count",
                          std::to_string(count));
    return spoken;
}

}  // namespace kiosk::ui
