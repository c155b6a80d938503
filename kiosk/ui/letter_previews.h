// The visit's letters, laid out once per change of what they say (not once per frame),
// for the Review screen and then for printing; and, when Review asks for large text,
// reflowed once more into its column (shown only, never printed).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "letter/letter_layout.h"
#include "letter/letter_request.h"
#include "ui/flow/visit.h"
#include "ui/screens/screen_context.h"

namespace kiosk::ui {

// The letter engine and the PDF writer, handed in by the `run` command.
struct LetterMaker {
    std::function<tl::expected<letter::LetterLayout, std::string>(const letter::LetterRequest&)> lay_out;
    // The same letter reflowed into a column `column_width` points wide (large text).
    std::function<tl::expected<letter::LetterLayout, std::string>(const letter::LetterRequest&, float column_width)> reflow;
    std::function<tl::expected<std::vector<unsigned char>, std::string>(const letter::LetterLayout&)> write_pdf;
};

// Overwrites every text of a laid-out letter (it holds the visitor's name), then empties it.
void wipe_layout(letter::LetterLayout& layout);

class LetterPreviews {
public:
    LetterPreviews(LetterMaker maker, content::PaperSize paper) : maker_(std::move(maker)), paper_(paper) {}
    ~LetterPreviews() { clear(); }

    // Lays the letters out again only when the visit's choices differ from last time;
    // true when they were.
    bool update(const flow::Visit& visit);
    // Reflows the letters into a column `column_width` points wide, unless they already
    // are; their printed layouts stay as they were.
    void reflow(float column_width);
    const std::vector<PreviewLetter>& letters() const { return letters_; }
    // What Done says about the letters: pack ids and page counts, no words of the visitor.
    std::vector<LetterSummary> summaries() const;
    const LetterMaker& maker() const { return maker_; }
    // Overwrites every text of the letters (they hold the visitor's name), then drops them.
    void clear();
    // The paper of letters laid out from now on (staff changed it between visits).
    void use_paper(content::PaperSize paper) {
        if (paper == paper_) return;
        clear();
        paper_ = paper;
    }

private:
    LetterMaker maker_;
    content::PaperSize paper_;
    flow::Visit laid_out_for_;
    bool laid_out_ = false;
    float reflowed_width_ = 0.f;  // 0: not reflowed
    std::vector<PreviewLetter> letters_;
};

}  // namespace kiosk::ui
