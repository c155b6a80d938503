// Figures for the print path against a private cupsd (needs root, like the tests):
//   TapToJobAccepted  print() called -> the scheduler has accepted the job
//                     (connect, check the queue, Create-Job, Send-Document)
//   JobCompleted      print() called -> the test backend has the whole letter
// Run: build-print/tests/print/print_benchmark
#include <benchmark/benchmark.h>

#include <chrono>
#include <memory>

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

void TapToJobAccepted(benchmark::State& state) {
    CupsLetterPrinter printer(bench().settings);
    const Document letter = testing::test_letter(1);
    for (auto _ : state) {
        const auto start = Clock::now();
        Clock::time_point accepted{};
        const auto outcomes = printer.print({letter}, [&](const Progress& progress) {
            if (progress.message_key == "print.printing" && accepted == Clock::time_point{}) accepted = Clock::now();
        });
        if (outcomes.at(0).status != LetterOutcome::Status::Printed) state.SkipWithError(outcomes[0].detail.c_str());
        state.SetIterationTime(std::chrono::duration<double>(accepted - start).count());
    }
}
BENCHMARK(TapToJobAccepted)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(30);

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
