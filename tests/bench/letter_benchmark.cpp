// How long one letter takes, from the visitor's choices to PDF bytes in memory,
// with the default pack: the "typical letter" is the governor of Missouri, three
// conditions, a name and an address. Fonts and the layout engine are set up once,
// as the kiosk does at start.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <optional>

#include "content/pack_loader.h"
#include "letter/font_set.h"
#include "letter/letter_composer.h"
#include "letter/letter_layout_engine.h"
#include "pdf/pdf_writer.h"

namespace {

using namespace kiosk;

struct TypicalLetter {
    content::Pack pack;
    letter::LetterRequest request;
    letter::FontSet fonts;
    std::optional<letter::LetterLayoutEngine> engine;
};

const TypicalLetter& typical_letter() {
    static const TypicalLetter setup = [] {
        TypicalLetter typical;
        auto pack = content::load_pack(BENCH_CONTENT_DIR);
        if (!pack) {
            for (const auto& problem : pack.error()) std::fprintf(stderr, "%s\n", problem.to_string().c_str());
            std::abort();
        }
        typical.pack = std::move(*pack);
        typical.request.recipient_id = "governor";
        typical.request.state_id = "MO";
        typical.request.reason_ids = {"heart-disease", "lung-disease", "hypertension"};
        typical.request.sender.name = "José Núñez-Ødegård";
        typical.request.sender.address_lines = {"12 Elm Street", "Columbia, MO 65201"};
        auto fonts = letter::find_fonts();
        if (!fonts) std::abort();
        typical.fonts = *fonts;
        auto engine = letter::LetterLayoutEngine::create(typical.fonts);
        if (!engine) std::abort();
        typical.engine.emplace(std::move(*engine));
        return typical;
    }();
    return setup;
}

void TypicalLetterToPdfBytes(benchmark::State& state) {
    const auto& typical = typical_letter();
    pdf::PdfWriter writer{typical.fonts};
    std::size_t bytes = 0;
    std::size_t pages = 0;
    for (auto _ : state) {
        const auto composed = letter::compose_letter(typical.pack, typical.request);
        const auto layout = typical.engine->lay_out(*composed, typical.request.paper);
        const auto pdf = writer.write(layout);
        bytes = pdf.size();
        pages = layout.pages.size();
        benchmark::DoNotOptimize(pdf.data());
    }
    state.counters["bytes"] = static_cast<double>(bytes);
    state.counters["pages"] = static_cast<double>(pages);
}
BENCHMARK(TypicalLetterToPdfBytes)->Unit(benchmark::kMillisecond);

void ComposeTypicalLetter(benchmark::State& state) {
    const auto& typical = typical_letter();
    for (auto _ : state) benchmark::DoNotOptimize(letter::compose_letter(typical.pack, typical.request));
}
BENCHMARK(ComposeTypicalLetter)->Unit(benchmark::kMicrosecond);

void LayOutTypicalLetter(benchmark::State& state) {
    const auto& typical = typical_letter();
    const auto composed = letter::compose_letter(typical.pack, typical.request);
    for (auto _ : state) benchmark::DoNotOptimize(typical.engine->lay_out(*composed, typical.request.paper));
}
BENCHMARK(LayOutTypicalLetter)->Unit(benchmark::kMicrosecond);

void PaintTypicalLetterToPdf(benchmark::State& state) {
    const auto& typical = typical_letter();
    const auto layout = typical.engine->lay_out(*letter::compose_letter(typical.pack, typical.request),
                                                typical.request.paper);
    pdf::PdfWriter writer{typical.fonts};
    for (auto _ : state) benchmark::DoNotOptimize(writer.write(layout));
}
BENCHMARK(PaintTypicalLetterToPdf)->Unit(benchmark::kMillisecond);

}  // namespace
