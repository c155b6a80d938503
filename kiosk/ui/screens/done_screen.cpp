// Done: what came out and what to do with it — how many letters and pages, sign each
// one, which need an address written in, the table can help — then the follow-ups.
// Letters kept for staff (no printer) are said to be kept: nothing to sign yet, and
// never where they were saved.
#include <algorithm>
#include <numeric>

#include "letter/phrase_joiner.h"
#include "ui/screens/build_view.h"
#include "ui/screens/language_switch.h"
#include "ui/screens/layout_kit.h"
#include "ui/widgets/text_fit.h"

namespace kiosk::ui {
namespace {

// The recipients of the letters whose address is left blank, in the screen's language.
std::vector<std::string> letters_to_address(const ScreenContext& context) {
    std::vector<std::string> labels;
    for (const LetterSummary& letter : context.printed) {
        if (!letter.address_by_hand) continue;
        const auto* recipient = context.pack.find_recipient(letter.recipient_id);
        labels.push_back(recipient ? recipient->label.in(context.language(), context.pack.default_language())
                                   : letter.recipient_id);
    }
    return labels;
}

// "Sheriff and Local elected officials", by the screen language's rules.
std::string joined(const ScreenContext& context, const std::vector<std::string>& labels) {
    const auto rules = context.pack.language_rules.find(context.language());
    return letter::join_phrases(labels, rules == context.pack.language_rules.end() ? content::LanguageRules{} : rules->second);
}

// "thejusticecollaborative.com" of "https://thejusticecollaborative.com/": what a
// visitor would type.
std::string address_to_type(const std::string& url) {
    std::string address = url;
    for (const char* scheme : {"https://", "http://"}) {
        if (address.rfind(scheme, 0) == 0) address.erase(0, std::string(scheme).size());
    }
    if (address.rfind("www.", 0) == 0) address.erase(0, 4);
    while (!address.empty() && address.back() == '/') address.pop_back();
    return address;
}

// The QR codes of the pack's follow-ups, in the room left above the bottom bar: each
// over its label, or, when that leaves the codes small (a low screen), beside it. When
// even then the room is too small for a phone to read them, each follow-up is written
// out with the address to type, rather than left out without a word.
void add_follow_ups(View& view, const ScreenContext& context, float y) {
    const Metrics& m = context.metrics;
    const auto& follow_ups = context.pack.follow_ups;
    if (follow_ups.empty()) return;
    const float caption_height = fit_text(context.font, context.text("ui.done.follow-up"), m.width - 2 * m.margin,
                                          m.height, unsigned(m.body), unsigned(m.small), true).height;
    const float label_height = m.body * 2.6f;
    const float room = nav_bar(m).y - m.gap - (y + caption_height + m.gap);
    const float column = (m.width - 2 * m.margin) / float(follow_ups.size());
    const float side_over = std::min({room - label_height - m.gap * 0.5f, column - m.gap * 2, m.height * 0.35f});
    const float side_beside = std::min({room, column * 0.4f, m.height * 0.35f});
    const bool beside = side_beside > side_over;
    const float side = beside ? side_beside : side_over;
    if (side < m.min_target * 2) {
        y += m.gap;
        for (const auto& follow_up : follow_ups) {
            const std::string line =
                follow_up.label.in(context.language(), context.pack.default_language()) + ": " + address_to_type(follow_up.url);
            const FittedText fitted = fit_text(context.font, line, m.width - 2 * m.margin, m.body * 3, unsigned(m.body),
                                               unsigned(m.small), false);
            if (y + fitted.height > nav_bar(m).y - m.gap) return;
            y = add_centered(view, context, line, y, unsigned(m.body), false, Tone::Normal);
        }
        return;
    }
    y = add_centered(view, context, context.text("ui.done.follow-up"), y, unsigned(m.body), true, Tone::Normal);
    for (std::size_t i = 0; i < follow_ups.size(); ++i) {
        const float left = m.margin + column * float(i);
        const std::string label = follow_ups[i].label.in(context.language(), context.pack.default_language());
        if (beside) {
            view.pictures.push_back({"qr." + follow_ups[i].id, {left + m.gap, y, side, side}});
            view.texts.push_back({label, {left + side + m.gap * 2, y, column - side - m.gap * 3, side}, unsigned(m.body),
                                  unsigned(m.small), false, Tone::Normal, Align::Left});
            continue;
        }
        const float cx = left + column / 2;
        view.pictures.push_back({"qr." + follow_ups[i].id, {cx - side / 2, y, side, side}});
        view.texts.push_back({label, {left + m.gap, y + side + m.gap * 0.5f, column - 2 * m.gap, label_height},
                              unsigned(m.body), unsigned(m.small), false, Tone::Normal, Align::Center});
    }
}

}  // namespace

View build_done(const ScreenContext& context) {
    const Metrics& m = context.metrics;
    const bool saved = context.flow.printing().saved;
    const std::size_t letters = context.printed.size();
    const std::size_t pages = std::accumulate(context.printed.begin(), context.printed.end(), std::size_t(0),
                                              [](std::size_t sum, const LetterSummary& letter) { return sum + letter.pages; });
    View view;
    float y = std::max(m.margin, below_language_switch(context));
    y = add_centered(view, context, counted(context, saved ? "ui.done.saved-title" : "ui.done.title", letters), y,
                     unsigned(m.title * 1.2f), true, Tone::Heading);
    const std::string count = fill(fill(context.text("ui.done.count"), "letters", counted(context, "ui.done.letters", letters)),
                                   "pages", counted(context, "ui.done.pages", pages));
    y = add_centered(view, context, count, y, unsigned(m.body * 1.2f), true, Tone::Heading);
    const unsigned step_size = unsigned(m.body * 1.1f);
    if (saved) {
        y = add_centered(view, context, counted(context, "ui.done.saved", letters), y, step_size, false, Tone::Normal);
    } else {
        y = add_centered(view, context, counted(context, "ui.done.sign", letters), y, step_size, false, Tone::Normal);
        const auto to_address = letters_to_address(context);
        if (!to_address.empty()) {
            y = add_centered(view, context,
                             fill(counted(context, "ui.done.address", to_address.size()), "recipients", joined(context, to_address)),
                             y, step_size, false, Tone::Normal);
        }
    }
    y = add_centered(view, context, context.text("ui.done.table"), y, step_size, false, Tone::Normal);
    add_follow_ups(view, context, y + m.gap);
    add_primary(view, context, "done.start-over", context.text("ui.done.finish"), true, flow::Event{flow::StartOver{}});
    return view;
}

}  // namespace kiosk::ui
