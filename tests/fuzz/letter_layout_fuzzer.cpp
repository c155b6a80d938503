// (d) Whatever a visitor can type, on the page: the sender's name, town and address
// lines come from the input as any bytes (the on-screen keyboard types any character,
// and `letter-kiosk letter --name` passes bytes unchecked), the letter is composed
// with the default pack and laid out.
// Input: letter_choices.h's bytes, then NUL-separated fields: name, town, and one
// address line per further field.
#include <cstddef>
#include <cstdint>

#include "content/pack_loader.h"
#include "fuzz_input.h"
#include "letter/letter_composer.h"
#include "letter/letter_layout_engine.h"
#include "letter_choices.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kiosk;
    static const content::Pack pack = content::load_pack(KIOSK_DEFAULT_PACK).value();
    static const letter::LetterLayoutEngine engine{letter::find_fonts().value()};

    fuzz::FuzzInput input(data, size);
    letter::LetterRequest request = fuzz::choose_letter(pack, input);
    request.sender.name = input.field();
    request.sender.town = input.field();
    while (!input.used_up()) request.sender.address_lines.push_back(input.field());

    const auto letter = letter::compose_letter(pack, request);
    if (letter) engine.lay_out(*letter, request.paper);
    return 0;
}
