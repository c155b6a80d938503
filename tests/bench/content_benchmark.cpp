// Loading and checking the default pack: what the kiosk does at start and what
// check-content does on a staff laptop. Target: at most 50 ms.
#include <benchmark/benchmark.h>

#include "content/pack_loader.h"
#include "letter/template_check.h"

namespace {

void BM_LoadDefaultPack(benchmark::State& state) {
    for (auto _ : state) {
        auto pack = kiosk::content::load_pack(BENCH_CONTENT_DIR);
        if (!pack) state.SkipWithError("the default pack does not load");
        benchmark::DoNotOptimize(pack);
    }
}
BENCHMARK(BM_LoadDefaultPack)->Unit(benchmark::kMillisecond);

void BM_LoadAndCheckDefaultPackWithTemplates(benchmark::State& state) {
    for (auto _ : state) {
        auto pack = kiosk::content::load_pack(BENCH_CONTENT_DIR);
        if (!pack) {
            state.SkipWithError("the default pack does not load");
            break;
        }
        auto problems = kiosk::letter::check_templates(*pack);
        benchmark::DoNotOptimize(problems);
    }
}
BENCHMARK(BM_LoadAndCheckDefaultPackWithTemplates)->Unit(benchmark::kMillisecond);

}  // namespace
