// Spoken guidance played through SFML's audio module (to the headphone jack): a sentence
// is made by SpokenVoice on a thread of its own and played as its samples come, so the
// UI thread never waits; a new sentence, or stop(), cuts off the one playing at once.
// Nothing spoken is kept: the text is wiped once spoken, the samples once played.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include <SFML/Audio/SoundStream.hpp>

#include "ui/speech/spoken_voice.h"

namespace kiosk::ui::speech {

// Loudness in steps of 5 dB, from 40 dB below full (step 0) to full (the last step);
// every visitor starts at `moderate_volume_step`.
constexpr int volume_steps = 9;
constexpr int moderate_volume_step = 5;
// The gain of a volume step: 1 at the last step, 5 dB less a step below it.
float volume_gain(int step);

class SpeechOutput {
public:
    explicit SpeechOutput(std::string program = "espeak-ng");
    ~SpeechOutput();
    SpeechOutput(const SpeechOutput&) = delete;
    SpeechOutput& operator=(const SpeechOutput&) = delete;

    // Cuts off what is being said and says `text`. Returns at once.
    void say(std::string text, const VoiceChoice& choice);
    void stop();
    void set_volume_step(int step);
    int volume_step() const { return volume_step_; }

    // Whether a sentence is being made or played.
    bool speaking() const;
    // Samples handed to the audio device so far (tests: speech came out, and stopped).
    std::uint64_t samples_played() const { return stream_.played(); }
    // Why the last sentence could not be spoken ("" when it was).
    std::string last_problem() const;

private:
    // The samples of the sentence playing, pulled by SFML's audio thread.
    class Stream : public sf::SoundStream {
    public:
        Stream();
        void begin();  // a new sentence: samples are taken again
        // False once the sentence was cut off; starts playing with the first samples.
        bool push(const std::int16_t* samples, std::size_t count);
        void finish();  // no more samples for this sentence
        void cut();     // drop what is left
        bool busy() const;
        std::uint64_t played() const { return played_; }

    private:
        bool onGetData(Chunk& chunk) override;
        void onSeek(sf::Time) override {}

        mutable std::mutex mutex_;
        std::condition_variable more_;
        std::deque<std::int16_t> waiting_;
        std::vector<std::int16_t> chunk_;  // what SFML is playing now
        bool finished_ = true;
        std::atomic<std::uint64_t> played_{0};
    };

    struct Sentence {
        std::string text;
        VoiceChoice choice;
    };
    void run();

    SpokenVoice voice_;
    Stream stream_;
    int volume_step_ = moderate_volume_step;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::optional<Sentence> next_;
    bool making_ = false;
    bool quitting_ = false;
    std::string problem_;
    std::atomic<bool> cut_off_{false};
    std::thread worker_;
};

}  // namespace kiosk::ui::speech
