// (a) A whole content pack from a USB stick, as check-content and the kiosk see it.
// The input is the pack's files (pack_files.h), written to a scratch folder, loaded
// and validated with its templates checked. A pack that loads is one the kiosk would
// start with (it does not run the template check), so every recipient's letter is
// then composed and laid out in every language, as a visitor could ask for it.
#include <cstddef>
#include <cstdint>
#include <exception>

#include "content/pack_loader.h"
#include "letter/letter_composer.h"
#include "letter/letter_layout_engine.h"
#include "letter/template_check.h"
#include "pack_files.h"
#include "scratch_folder.h"

namespace kiosk::fuzz {
namespace {

letter::LetterRequest letter_for(const content::Pack& pack, const content::Recipient& recipient,
                                 const content::LanguageCode& language) {
    letter::LetterRequest request;
    request.recipient_id = recipient.id;
    if (!pack.states.empty()) {
        request.state_id = pack.states.front().id;
        if (!pack.states.front().counties.empty()) request.county = pack.states.front().counties.front();
    }
    for (const auto& ground : pack.grounds) request.reason_ids.push_back(ground.id);
    for (const auto& condition : pack.conditions) request.reason_ids.push_back(condition.id);
    request.sender = {"Ana María Núñez", {"12 Elm Street", "Columbia, MO 65201"}, "Columbia"};
    request.language = language;
    request.paper = pack.info.paper;
    request.date = {2026, 11, 25};
    return request;
}

void lay_out_every_letter(const content::Pack& pack, const letter::LetterLayoutEngine& engine) {
    for (const auto& recipient : pack.recipients) {
        for (const auto& language : pack.info.languages) {
            const auto letter = letter::compose_letter(pack, letter_for(pack, recipient, language));
            if (letter) engine.lay_out(*letter, pack.info.paper);
        }
    }
}

}  // namespace
}  // namespace kiosk::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kiosk;
    static const fuzz::ScratchFolder folder;
    static const letter::LetterLayoutEngine engine{letter::find_fonts().value()};

    folder.empty();
    fuzz::FuzzInput input(data, size);
    for (const auto& file : fuzz::read_pack_files(input)) {
        try {
            folder.write(file.name, file.bytes);
        } catch (const std::exception&) {
            // Named like a file written before ("strings" then "strings/en.yaml"): left out.
        }
    }
    const auto pack = content::load_pack(folder.path());
    if (!pack) return 0;
    letter::check_templates(*pack);
    fuzz::lay_out_every_letter(*pack, engine);
    return 0;
}
