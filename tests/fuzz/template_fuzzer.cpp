// (c) Mustache in letters. The input puts one recipient's letter body, and optionally its
// salutation and office line, into the default pack; they are checked as check-content
// checks them and the letter is composed (template_values.h builds the model from the
// visitor's choices and typed text, also from the input). The kiosk composes letters
// from packs that never went through check-content, so both run on every input.
// Input: letter_choices.h's bytes, then NUL-separated fields: sender name, town, body,
// salutation, office; a missing field leaves the default pack's text.
#include <cstddef>
#include <cstdint>

#include "content/pack_loader.h"
#include "fuzz_input.h"
#include "letter/letter_composer.h"
#include "letter/template_check.h"
#include "letter_choices.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kiosk;
    static const content::Pack default_pack = content::load_pack(KIOSK_DEFAULT_PACK).value();

    content::Pack pack = default_pack;
    fuzz::FuzzInput input(data, size);
    letter::LetterRequest request = fuzz::choose_letter(pack, input);
    request.sender.name = input.field();
    request.sender.town = input.field();
    if (!request.sender.town.empty()) request.sender.address_lines = {"12 Elm Street", request.sender.town};

    // Only the chosen recipient is kept, so the check reads just the texts that changed.
    const content::Recipient* chosen = default_pack.find_recipient(request.recipient_id);
    if (!chosen) return 0;
    pack.recipients = {*chosen};
    pack.templates = {{chosen->id, default_pack.templates.at(chosen->id)}};
    content::Recipient& recipient = pack.recipients.front();
    const content::LanguageCode& language = request.language;
    if (!input.used_up()) pack.templates[recipient.id][language] = input.field();
    if (!input.used_up()) recipient.salutation.text[language] = input.field();
    if (!input.used_up()) recipient.office.text[language] = input.field();
    letter::check_templates(pack);
    letter::compose_letter(pack, request);
    return 0;
}
