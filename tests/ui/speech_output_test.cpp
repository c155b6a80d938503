// Spoken guidance played through SFML's audio (OpenAL's null device here: the samples
// are taken at the pace of a real one): a sentence comes out whole, a new one cuts off
// the one playing, and the volume moves in steps of 5 dB.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>

#include "private_cupsd.h"
#include "ui/speech/speech_output.h"

namespace kiosk::ui::speech {
namespace {

using print::testing::eventually;

// The samples SpokenVoice makes of `text`: what a sentence played whole hands on.
std::size_t samples_of(const std::string& text) {
    SpokenVoice voice;
    std::size_t count = 0;
    EXPECT_TRUE(voice.speak(text, {}, [&](const Samples& samples) {
        count += samples.count;
        return true;
    }));
    return count;
}

class SpeechOutputTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { setenv("ALSOFT_DRIVERS", "null", 1); }
};

TEST_F(SpeechOutputTest, ASentenceIsPlayedWholeThenTheOutputFallsSilent) {
    const std::string text = "Who would you like to write to?";
    SpeechOutput output;
    output.say(text, {});
    ASSERT_TRUE(eventually([&] { return output.samples_played() > 0; })) << output.last_problem();
    ASSERT_TRUE(eventually([&] { return !output.speaking(); }, 20.0));
    EXPECT_EQ(output.last_problem(), "");
    EXPECT_EQ(output.samples_played(), samples_of(text));
}

TEST_F(SpeechOutputTest, ANewSentenceCutsOffTheOnePlaying) {
    const std::string long_text =
        "Review reads the whole letter, paragraph by paragraph, with keys to repeat, go back and go on.";
    SpeechOutput output;
    output.say(long_text, {});
    ASSERT_TRUE(eventually([&] { return output.samples_played() > 0; })) << output.last_problem();
    output.say("Done.", {});
    ASSERT_TRUE(eventually([&] { return !output.speaking(); }, 20.0));
    EXPECT_LT(output.samples_played(), samples_of(long_text)) << "the first sentence was played to its end";

    const std::uint64_t before = output.samples_played();
    output.say(long_text, {});
    ASSERT_TRUE(eventually([&] { return output.samples_played() > before; }));
    output.stop();
    EXPECT_TRUE(eventually([&] { return !output.speaking(); }));
}

TEST(SpeechVolume, StepsOfFiveDecibelsOverFortyStartingModerate) {
    EXPECT_FLOAT_EQ(volume_gain(volume_steps - 1), 1.f);
    for (int step = 1; step < volume_steps; ++step) {
        EXPECT_NEAR(20 * std::log10(volume_gain(step) / volume_gain(step - 1)), 5.0, 1e-3);
    }
    EXPECT_NEAR(20 * std::log10(volume_gain(0)), -40.0, 1e-3);
    EXPECT_NEAR(20 * std::log10(volume_gain(moderate_volume_step)), -15.0, 1e-3);
}

}  // namespace
}  // namespace kiosk::ui::speech
