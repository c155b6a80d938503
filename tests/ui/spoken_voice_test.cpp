// Speech from the real espeak-ng (Debian package espeak-ng): what a blind visitor hears
// is sound of a plausible length, in both languages, at every rate, cut off at once when
// asked, and written nowhere.
#include <gtest/gtest.h>

#include <unistd.h>

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "ui/speech/spoken_voice.h"

namespace kiosk::ui::speech {
namespace {

namespace fs = std::filesystem;

struct Heard {
    unsigned rate = 0;
    std::vector<std::int16_t> samples;
    double seconds() const { return rate ? double(samples.size()) / rate : 0; }
    // Root mean square: silence is 0, speech thousands (of 32767).
    double loudness() const {
        double sum = 0;
        for (const std::int16_t sample : samples) sum += double(sample) * sample;
        return samples.empty() ? 0 : std::sqrt(sum / double(samples.size()));
    }
};

Heard hear(SpokenVoice& voice, const std::string& text, const VoiceChoice& choice) {
    Heard heard;
    const auto spoken = voice.speak(text, choice, [&](const Samples& samples) {
        heard.rate = samples.rate;
        heard.samples.insert(heard.samples.end(), samples.data, samples.data + samples.count);
        return true;
    });
    EXPECT_TRUE(spoken) << spoken.error();
    return heard;
}

TEST(SpokenVoice, APromptIsAudibleAndAsLongAsItsWordsInBothLanguages) {
    SpokenVoice voice;
    for (const auto& [language, text] : {std::pair<std::string, std::string>{"en", "Governor, not chosen, 2 of 5"},
                                         {"es", "Gobernador, no elegido, 2 de 5"}}) {
        const Heard heard = hear(voice, text, {language, usual_rate_step});
        EXPECT_EQ(heard.rate, 22050u) << language;
        // Six words at about 125 a minute, with the pauses of the commas.
        EXPECT_GT(heard.seconds(), 1.5) << language;
        EXPECT_LT(heard.seconds(), 6.0) << language;
        EXPECT_GT(heard.loudness(), 1000.0) << language;
    }
}

// From about half the usual pace to about twice it, by espeak-ng's own rate.
TEST(SpokenVoice, TheRateStepsGoFromAboutHalfToAboutTwiceTheUsualPace) {
    SpokenVoice voice;
    const std::string text = "Your letter to the governor of Missouri is ready to print.";
    const double usual = hear(voice, text, {"en", usual_rate_step}).seconds();
    const double slowest = hear(voice, text, {"en", 0}).seconds();
    const double fastest = hear(voice, text, {"en", rate_steps - 1}).seconds();
    double previous = slowest;
    for (int step = 1; step < rate_steps; ++step) {
        const double length = hear(voice, text, {"en", step}).seconds();
        EXPECT_LT(length, previous) << "step " << step << " is not faster than the one before";
        previous = length;
    }
    EXPECT_GT(slowest / usual, 1.6);
    EXPECT_LT(slowest / usual, 2.6);
    EXPECT_GT(usual / fastest, 1.6);
    EXPECT_LT(usual / fastest, 2.6);
}

TEST(SpokenVoice, ASentenceCutOffEndsAtOnceAndTheNextOneSpeaks) {
    SpokenVoice voice;
    const std::string text = "Review reads the whole letter, paragraph by paragraph, with keys to repeat, go back and go on.";
    const double whole = hear(voice, text, {"en", usual_rate_step}).seconds();
    std::size_t heard = 0;
    const auto cut = voice.speak(text, {"en", usual_rate_step}, [&](const Samples& samples) {
        heard += samples.count;
        return false;
    });
    ASSERT_TRUE(cut) << cut.error();
    EXPECT_LT(double(heard) / 22050, whole / 4) << "the sentence went on after it was cut off";

    std::atomic<bool> stop{true};  // another sentence came first
    EXPECT_TRUE(voice.speak(text, {"en", usual_rate_step}, [](const Samples&) { return true; }, &stop));
    EXPECT_GT(hear(voice, "Done.", {"en", usual_rate_step}).seconds(), 0.2) << "no speech after a cut";
}

TEST(SpokenVoice, AMissingProgramSaysWhichPackageToInstall) {
    SpokenVoice voice("letter-kiosk-no-such-espeak");
    const auto spoken = voice.speak("Hello", {}, [](const Samples&) { return true; });
    ASSERT_FALSE(spoken);
    EXPECT_NE(spoken.error().find("espeak-ng"), std::string::npos) << spoken.error();
}

// The visitor's name is spoken into the headphones and nowhere else: no file appears
// where espeak-ng could write one (its working folder, HOME, TMPDIR).
TEST(SpokenVoice, NothingSpokenIsWrittenToAFile) {
    const fs::path folder = fs::temp_directory_path() / ("spoken-" + std::to_string(getpid()));
    fs::create_directories(folder);
    const fs::path before = fs::current_path();
    fs::current_path(folder);
    setenv("HOME", folder.c_str(), 1);
    setenv("TMPDIR", folder.c_str(), 1);
    {
        SpokenVoice voice;
        hear(voice, "Rosa Parks, 12 Elm Street, Columbia", {"en", usual_rate_step});
    }
    fs::current_path(before);
    for (const auto& entry : fs::recursive_directory_iterator(folder)) ADD_FAILURE() << entry.path() << " was written";
    fs::remove_all(folder);
}

}  // namespace
}  // namespace kiosk::ui::speech
