// Figures for the print path against a private cupsd (needs root, like the tests):
//   TapToJobAccepted  "Print" tapped -> the scheduler has accepted the job: compose,
//                     lay out and paint a governor letter from the default pack, then
//                     connect, check the queue, Create-Job, Send-Document. The pack,
//                     fonts and layout engine are loaded once, as the kiosk does at start.
//   SubmitOnly        the same without rendering: a 40 KB stand-in PDF
//   JobCompleted      print() called -> the test backend has the whole letter
// Run: build-print/tests/print/print_benchmark
#include <benchmark/benchmark.h>

#include <chrono>
#include <stdexcept>
#include <memory>

#include "content/pack_loader.h"
#include "letter/font_set.h"
#include "letter/letter_composer.h"
#include "letter/letter_layout_engine.h"
#include "pdf/pdf_writer.h"
#include "print/cups_letter_printer.h"
#include "print_test_letters.h"
#include "private_cupsd.h"

namespace kiosk::print {
namespace {

using Clock = std::chrono::steady_clock;

struct Bench {
    testing::PrivateCupsd cupsd;
    CupsSettings settings;
    Bench() {
        cupsd.add_queue("test");
        settings.server = cupsd.server();
        settings.printer_name = "test";
    }
};

Bench& bench() {
    static Bench instance;
    return instance;
}

// Sends what `make_letter` returns and times it up to the job's acceptance.
template <typename MakeLetter>
void time_to_accepted(benchmark::State& state, MakeLetter make_letter) {
    CupsLetterPrinter printer(bench().settings);
    std::size_t bytes = 0;
    for (auto _ : state) {
        const auto start = Clock::now();
        Clock::time_point accepted{};
        const Document letter = make_letter();
        bytes = letter.pdf.size();
        const auto outcomes = printer.print({letter}, [&](const Progress& progress) {
            if (progress.message_key == "print.printing" && accepted == Clock::time_point{}) accepted = Clock::now();
        });
        if (outcomes.at(0).status != LetterOutcome::Status::Printed) {
            state.SkipWithError(outcomes[0].detail.c_str());
            break;
        }
        state.SetIterationTime(std::chrono::duration<double>(accepted - start).count());
    }
    state.counters["pdf_bytes"] = static_cast<double>(bytes);
}

void TapToJobAccepted(benchmark::State& state) {
    const auto pack = content::load_pack(DEFAULT_PACK);
    const auto fonts = letter::find_fonts();
    if (!pack || !fonts) {
        state.SkipWithError("default pack or fonts not found");
        return;
    }
    const letter::LetterLayoutEngine engine(*fonts);
    pdf::PdfWriter writer(*fonts);
    letter::LetterRequest request;
    request.recipient_id = "governor";
    request.state_id = "MO";
    request.reason_ids = {"elderly", "heart-disease", "lung-disease"};
    request.sender.name = "Ana Pérez";
    request.sender.address_lines = {"Columbia, MO 65201"};
    time_to_accepted(state, [&] {
        const auto composed = letter::compose_letter(*pack, request);
        if (!composed) throw std::runtime_error(composed.error());
        Document letter;
        letter.pdf = writer.write(engine.lay_out(*composed, request.paper));
        return letter;
    });
}
BENCHMARK(TapToJobAccepted)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(30);

void SubmitOnly(benchmark::State& state) {
    time_to_accepted(state, [] { return testing::test_letter(1); });
}
BENCHMARK(SubmitOnly)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(30);

void JobCompleted(benchmark::State& state) {
    CupsSettings settings = bench().settings;
    settings.poll_interval = std::chrono::milliseconds(state.range(0));
    CupsLetterPrinter printer(settings);
    const Document letter = testing::test_letter(1);
    for (auto _ : state) {
        const auto outcomes = printer.print({letter}, {});
        if (outcomes.at(0).status != LetterOutcome::Status::Printed) state.SkipWithError(outcomes[0].detail.c_str());
    }
}
// 100 ms is the kiosk's poll interval; 10 ms shows what the scheduler itself takes.
BENCHMARK(JobCompleted)->Arg(100)->Arg(10)->Unit(benchmark::kMillisecond)->Iterations(20);

}  // namespace
}  // namespace kiosk::print

BENCHMARK_MAIN();
