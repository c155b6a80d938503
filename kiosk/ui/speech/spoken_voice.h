// Speech from espeak-ng, Debian's only engine with English and Spanish voices. It is
// GPL-3.0-or-later and this project has no licence yet, so it is never linked: the
// `espeak-ng` program runs as a separate process, the text in on a pipe, the samples
// out on another (--stdout), nothing on disk. A process is started ahead for the next
// sentence, its voice already loaded, so speech follows a key at once; stopping a
// sentence kills its process.
#pragma once

#include <sys/types.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace kiosk::ui::speech {

// How fast the kiosk speaks: step 0 is about half the usual pace, `usual_rate_step`
// about 125 words a minute (espeak-ng's 175 is fast for an older listener), the last
// step about twice it. espeak-ng's own rate and gap between words, never resampling,
// so the pitch stays.
constexpr int rate_steps = 8;
constexpr int usual_rate_step = 4;

struct VoiceChoice {
    std::string language = "en";  // "en" or "es" (a visit's language); others speak English
    int rate_step = usual_rate_step;
};

// espeak-ng's arguments for `choice`: voice, words a minute, gap between words.
std::vector<std::string> espeak_arguments(const VoiceChoice& choice);

// What espeak-ng made of a sentence, delivered as it comes: 16-bit mono samples.
struct Samples {
    unsigned rate = 0;  // samples a second, from the WAV header (22050 for espeak-ng)
    const std::int16_t* data = nullptr;
    std::size_t count = 0;
};
// Return false to stop (the sentence is cut off).
using SamplesSink = std::function<bool(const Samples&)>;

class SpokenVoice {
public:
    // `program`: the espeak-ng to run ("espeak-ng", found on PATH, unless a test names one).
    explicit SpokenVoice(std::string program = "espeak-ng");
    ~SpokenVoice();
    SpokenVoice(const SpokenVoice&) = delete;
    SpokenVoice& operator=(const SpokenVoice&) = delete;

    // Speaks `text` with `choice`, handing samples to `sink` on this thread as they come,
    // until the sentence ends, `sink` says stop, or `stop` is set (another thread's new
    // sentence). Failure: espeak-ng is not installed, or stopped without a sound.
    base::Result<void> speak(std::string_view text, const VoiceChoice& choice, const SamplesSink& sink,
                             const std::atomic<bool>* stop = nullptr);

private:
    struct Process {
        pid_t pid = -1;
        int text_in = -1;      // its standard input
        int samples_out = -1;  // its standard output
        VoiceChoice choice;
    };
    base::Result<Process> start(const VoiceChoice& choice) const;
    static void end(Process& process);

    std::string program_;
    Process ready_;  // started ahead for the next sentence
};

}  // namespace kiosk::ui::speech
