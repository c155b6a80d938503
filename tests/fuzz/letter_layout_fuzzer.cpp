// (d) Whatever a visitor can type, on the page: the sender's name, town and address
// lines come from the input as any bytes (the on-screen keyboard types any character,
// and `letter-kiosk letter --name` passes bytes unchecked), the letter is composed
// with the default pack and laid out, and every line must be inside the margins and
// clear of every other (tests/letter/layout_bounds.h), or the fuzzer stops.
// Input: letter_choices.h's bytes, then NUL-separated fields: name, town, and one
// address line per further field.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "content/pack_loader.h"
#include "fuzz_input.h"
#include "layout_bounds.h"
#include "letter/letter_composer.h"
#include "letter/letter_layout_engine.h"
#include "letter_choices.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace kiosk;
    static const content::Pack pack = content::load_pack(KIOSK_DEFAULT_PACK).value();
    static const letter::LetterLayoutEngine engine{letter::find_fonts().value()};
    static const letter::FontMetrics metrics = letter::FontMetrics::load(engine.fonts()).value();

    fuzz::FuzzInput input(data, size);
    letter::LetterRequest request = fuzz::choose_letter(pack, input);
    request.sender.name = input.field();
    request.sender.town = input.field();
    while (!input.used_up()) request.sender.address_lines.push_back(input.field());

    const auto letter = letter::compose_letter(pack, request);
    if (!letter) return 0;
    const auto problems = letter::testing::layout_problems(engine.lay_out(*letter, request.paper), metrics);
    if (!problems.empty()) {
        std::fprintf(stderr, "%zu layout problems, the first: %s\n", problems.size(), problems.front().c_str());
        std::abort();
    }
    return 0;
}
