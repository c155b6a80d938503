// Loading and checking a pack: what the kiosk does at start and what check-content does
// on a staff laptop. Targets (README "Measured"): the default pack at most 15 ms; the
// national pack (every US county, a sheriff and a prosecutor contact for each in
// contacts/*.csv, every ZIP code) at most 150 ms.
#include <benchmark/benchmark.h>

#include "content/pack_loader.h"
#include "letter/template_check.h"
#include "national_pack.h"

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

// Written once, on first use, into a temporary folder.
const kiosk::testing::NationalPack& national_pack() {
    static const kiosk::testing::NationalPack pack;
    return pack;
}

void BM_LoadAndCheckNationalPack(benchmark::State& state) {
    const auto& folder = national_pack().root();
    for (auto _ : state) {
        auto pack = kiosk::content::load_pack(folder);
        if (!pack) {
            state.SkipWithError(("the national pack does not load: " + pack.error().front().to_string()).c_str());
            break;
        }
        auto problems = kiosk::letter::check_templates(*pack);
        if (!problems.empty()) state.SkipWithError(problems.front().to_string().c_str());
        benchmark::DoNotOptimize(problems);
    }
    state.counters["counties"] = national_pack().county_count();
    state.counters["contacts"] = national_pack().contact_count();
}
BENCHMARK(BM_LoadAndCheckNationalPack)->Unit(benchmark::kMillisecond);

}  // namespace
