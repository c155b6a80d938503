#include "ui/speech/speech_output.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include <sodium.h>

namespace kiosk::ui::speech {
namespace {

constexpr unsigned sample_rate = 22050;                   // espeak-ng's
constexpr std::size_t chunk_samples = sample_rate / 10;   // a tenth of a second a chunk
constexpr auto wait_for_samples = std::chrono::milliseconds(50);

void wipe(std::string& text) {
    sodium_memzero(text.data(), text.size());
    text.clear();
}

}  // namespace

float volume_gain(int step) {
    const int clamped = std::clamp(step, 0, volume_steps - 1);
    return std::pow(10.f, -5.f * float(volume_steps - 1 - clamped) / 20.f);
}

SpeechOutput::Stream::Stream() { initialize(1, sample_rate); }

void SpeechOutput::Stream::begin() {
    std::lock_guard<std::mutex> lock(mutex_);
    waiting_.clear();
    finished_ = false;
}

bool SpeechOutput::Stream::push(const std::int16_t* samples, std::size_t count) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (finished_) return false;  // cut off meanwhile
        waiting_.insert(waiting_.end(), samples, samples + count);
    }
    more_.notify_one();
    if (getStatus() != sf::SoundSource::Playing) play();
    return true;
}

void SpeechOutput::Stream::finish() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        finished_ = true;
    }
    more_.notify_one();
}

void SpeechOutput::Stream::cut() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        waiting_.clear();
        finished_ = true;
    }
    more_.notify_one();
    stop();
}

bool SpeechOutput::Stream::busy() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return !waiting_.empty() || getStatus() == sf::SoundSource::Playing;
}

// On SFML's audio thread: the next tenth of a second, waiting briefly while espeak-ng
// is still making it; false ends the stream once the sentence is over.
bool SpeechOutput::Stream::onGetData(Chunk& chunk) {
    std::unique_lock<std::mutex> lock(mutex_);
    more_.wait_for(lock, wait_for_samples, [&] { return !waiting_.empty() || finished_; });
    if (waiting_.empty()) {
        if (finished_) return false;
        chunk_.assign(chunk_samples / 10, 0);  // a moment of silence while the voice catches up
    } else {
        const std::size_t count = std::min(chunk_samples, waiting_.size());
        chunk_.assign(waiting_.begin(), waiting_.begin() + long(count));
        waiting_.erase(waiting_.begin(), waiting_.begin() + long(count));
        played_ += count;
    }
    chunk.samples = chunk_.data();
    chunk.sampleCount = chunk_.size();
    return true;
}

SpeechOutput::SpeechOutput(std::string program) : voice_(std::move(program)) {
    set_volume_step(moderate_volume_step);
    worker_ = std::thread([this] { run(); });
}

SpeechOutput::~SpeechOutput() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        quitting_ = true;
        cut_off_ = true;
    }
    wake_.notify_one();
    worker_.join();
    stream_.cut();
}

void SpeechOutput::say(std::string text, const VoiceChoice& choice) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (next_) wipe(next_->text);
        next_ = Sentence{std::move(text), choice};
        cut_off_ = true;
    }
    wake_.notify_one();
}

void SpeechOutput::stop() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (next_) wipe(next_->text);
        next_.reset();
        cut_off_ = true;
    }
    stream_.cut();
}

void SpeechOutput::set_volume_step(int step) {
    volume_step_ = std::clamp(step, 0, volume_steps - 1);
    stream_.setVolume(100.f * volume_gain(volume_step_));
}

bool SpeechOutput::speaking() const {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (making_ || next_) return true;
    }
    return stream_.busy();
}

std::string SpeechOutput::last_problem() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return problem_;
}

void SpeechOutput::run() {
    for (;;) {
        Sentence sentence;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            wake_.wait(lock, [&] { return quitting_ || next_.has_value(); });
            if (quitting_) return;
            sentence = std::move(*next_);
            next_.reset();
            cut_off_ = false;
            making_ = true;
        }
        stream_.cut();  // what was playing stops where it is
        stream_.begin();
        const auto spoken = voice_.speak(
            sentence.text, sentence.choice,
            [&](const Samples& samples) { return !cut_off_ && stream_.push(samples.data, samples.count); }, &cut_off_);
        stream_.finish();
        wipe(sentence.text);
        std::lock_guard<std::mutex> lock(mutex_);
        problem_ = spoken ? "" : spoken.error();
        making_ = false;
    }
}

}  // namespace kiosk::ui::speech
