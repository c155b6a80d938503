#include "letter_choices.h"

#include <vector>

namespace kiosk::fuzz {

namespace {

template <typename Item>
const Item* pick(const std::vector<Item>& items, std::uint8_t choice) {
    return items.empty() ? nullptr : &items[choice % items.size()];
}

}  // namespace

letter::LetterRequest choose_letter(const content::Pack& pack, FuzzInput& input) {
    letter::LetterRequest request;
    if (const auto* recipient = pick(pack.recipients, input.byte())) request.recipient_id = recipient->id;
    const auto* state = pick(pack.states, input.byte());
    if (state) request.state_id = state->id;
    const std::uint8_t county = input.byte();
    if (state) {
        if (const auto* name = pick(state->counties, county)) request.county = *name;
    }

    std::uint32_t reason_bits = input.byte();
    reason_bits |= static_cast<std::uint32_t>(input.byte()) << 8;
    reason_bits |= static_cast<std::uint32_t>(input.byte()) << 16;
    std::vector<const content::Reason*> reasons;
    for (const auto& ground : pack.grounds) reasons.push_back(&ground);
    for (const auto& condition : pack.conditions) reasons.push_back(&condition);
    for (std::size_t bit = 0; bit < reasons.size() && bit < 24; ++bit) {
        if (reason_bits & (1u << bit)) request.reason_ids.push_back(reasons[bit]->id);
    }

    if (const auto* language = pick(pack.info.languages, input.byte())) request.language = *language;
    const std::uint8_t flags = input.byte();
    request.paper = flags & 1 ? content::PaperSize::A4 : content::PaperSize::Letter;
    request.own_words_box = flags & 2;
    if (flags & 4) request.state_id.clear();
    // Set, not today's, so an input means the same letter on every run; never a 29th
    // to 31st that a month may lack.
    request.date = {2026, input.byte() % 12 + 1, input.byte() % 28 + 1};
    return request;
}

}  // namespace kiosk::fuzz
