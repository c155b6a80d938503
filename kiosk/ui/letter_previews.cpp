#include "ui/letter_previews.h"

#include "ui/flow/letter_requests.h"

namespace kiosk::ui {
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

void LetterPreviews::clear() {
    for (auto& letter : letters_) {
        for (auto& page : letter.layout.pages) {
            for (auto& run : page.runs) flow::wipe_text(run.text);
        }
    }
    letters_.clear();
    flow::wipe(laid_out_for_);
    laid_out_ = false;
}

}  // namespace kiosk::ui
