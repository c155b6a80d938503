// How soon speech follows a key: from asking for a sentence to its first samples, with
// the process started ahead (the usual case) and with a voice changed (a cold start).
#include <benchmark/benchmark.h>

#include "ui/speech/spoken_voice.h"

namespace kiosk::ui::speech {
namespace {

void first_sound(benchmark::State& state, bool change_voice) {
    SpokenVoice voice;
    int step = usual_rate_step;
    for (auto _ : state) {
        if (change_voice) step = step == usual_rate_step ? usual_rate_step + 1 : usual_rate_step;
        const auto spoken = voice.speak("Who would you like to write to?", {"en", step},
                                        [](const Samples&) { return false; });  // stop at the first sound
        if (!spoken) state.SkipWithError(spoken.error().c_str());
    }
}

void BM_FirstSoundOfASentence(benchmark::State& state) { first_sound(state, false); }
BENCHMARK(BM_FirstSoundOfASentence)->Unit(benchmark::kMillisecond);

void BM_FirstSoundAfterTheRateChanged(benchmark::State& state) { first_sound(state, true); }
BENCHMARK(BM_FirstSoundAfterTheRateChanged)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kiosk::ui::speech
