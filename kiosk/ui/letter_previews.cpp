#include "ui/letter_previews.h"

#include "ui/flow/letter_requests.h"

namespace kiosk::ui {

void wipe_layout(letter::LetterLayout& layout) {
    for (auto& page : layout.pages) {
        for (auto& run : page.runs) flow::wipe_text(run.text);
    }
    layout.pages.clear();
}

namespace {

bool same_letters(const flow::Visit& a, const flow::Visit& b) {
    return a.recipients == b.recipients && a.state == b.state && a.county == b.county && a.reasons == b.reasons &&
           a.sender_name == b.sender_name && a.sender_street == b.sender_street &&
           a.sender_town == b.sender_town && a.sender_zip == b.sender_zip &&
           flow::letter_language(a) == flow::letter_language(b);
}

}  // namespace

bool LetterPreviews::update(const flow::Visit& visit) {
    if (laid_out_ && same_letters(visit, laid_out_for_)) return false;
    clear();
    laid_out_for_ = visit;
    laid_out_ = true;
    for (const auto& request : flow::letter_requests(visit, paper_)) {
        PreviewLetter letter;
        letter.recipient_id = request.recipient_id;
        auto layout = maker_.lay_out(request);
        if (layout) {
            letter.layout = std::move(*layout);
        } else {
            letter.error = layout.error();
        }
        letters_.push_back(std::move(letter));
    }
    return true;
}

void LetterPreviews::reflow(float column_width) {
    if (!laid_out_ || reflowed_width_ == column_width) return;
    const auto requests = flow::letter_requests(laid_out_for_, paper_);
    for (std::size_t i = 0; i < letters_.size() && i < requests.size(); ++i) {
        PreviewLetter& letter = letters_[i];
        wipe_layout(letter.reflowed);
        if (!letter.error.empty()) continue;
        auto reflowed = maker_.reflow(requests[i], column_width);
        if (reflowed) {
            letter.reflowed = std::move(*reflowed);
        } else {
            letter.error = reflowed.error();
        }
    }
    reflowed_width_ = column_width;
}

std::vector<LetterSummary> LetterPreviews::summaries() const {
    std::vector<LetterSummary> summaries;
    for (const auto& letter : letters_) {
        summaries.push_back({letter.recipient_id, letter.layout.pages.size(), letter.layout.address_by_hand});
    }
    return summaries;
}

void LetterPreviews::clear() {
    for (auto& letter : letters_) {
        wipe_layout(letter.layout);
        wipe_layout(letter.reflowed);
    }
    letters_.clear();
    flow::wipe(laid_out_for_);
    laid_out_ = false;
    reflowed_width_ = 0.f;
}

}  // namespace kiosk::ui
