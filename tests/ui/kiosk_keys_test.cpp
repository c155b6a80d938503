// A whole visit without touching the screen, as a visitor who cannot see it makes one:
// the real `letter-kiosk run` on a private Xvfb, driven by key events only (Tab,
// Return, digits and letters typed on a keyboard), speech on. What is checked is what
// that visitor depends on: the focus goes where Tab sends it, each screen and each
// choice is spoken (the UI tree's "spoken"), what was typed is never shown in it, and
// the letter prints.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "kiosk_driver.h"
#include "private_cupsd.h"

namespace kiosk::ui {
namespace {

using testing::KioskDriver;

class KioskKeys : public ::testing::TestWithParam<std::string> {};

TEST_P(KioskKeys, AWholeVisitWithKeysOnlySpeaksEachStepAndPrintsTheLetter) {
    const std::string language = GetParam();
    const std::string of = language == "en" ? " of " : " de ";
    const std::string chosen = language == "en" ? ", chosen," : ", elegido,";
    KioskDriver kiosk;
    kiosk.wait_for("welcome");
    if (language != "en") {
        kiosk.focus_on("language." + language);
        kiosk.press("Return");
        ASSERT_TRUE(print::testing::eventually([&] { return kiosk.read_tree().value("language", "") == language; }));
    }
    kiosk.focus_on("welcome.start");
    EXPECT_NE(kiosk.spoken().find(of), std::string::npos) << "the focus is not spoken: " << kiosk.spoken();
    kiosk.press("Return");
    kiosk.wait_for("who");

    kiosk.focus_on("recipient.governor");
    kiosk.press("Return");
    ASSERT_TRUE(print::testing::eventually([&] { return kiosk.spoken().find(chosen) != std::string::npos; }))
        << "choosing is not spoken: " << kiosk.spoken();
    kiosk.focus_on("nav.next");
    kiosk.press("Return");
    kiosk.wait_for("where");

    for (const char digit : std::string("65201")) kiosk.press(std::string(1, digit));  // Columbia, Missouri
    kiosk.focus_on("nav.next");
    kiosk.press("Return");
    kiosk.wait_for("why");

    kiosk.focus_on("reason.heart-disease");
    kiosk.press("Return");
    kiosk.focus_on("nav.next");
    kiosk.press("Return");
    kiosk.wait_for("you");

    for (const std::string key : {"R", "o", "s", "a", "space", "P", "a", "r", "k", "s"}) kiosk.press(key);
    ASSERT_TRUE(print::testing::eventually([&] { return kiosk.spoken() == "•"; })) << kiosk.read_tree().dump();
    kiosk.focus_on("nav.next");
    kiosk.press("Return");
    kiosk.wait_for("review");
    EXPECT_EQ(kiosk.read_tree().dump().find("Rosa"), std::string::npos) << "the typed name is in the UI tree";

    kiosk.focus_on("review.print");
    kiosk.press("Return");
    kiosk.wait_for("done");
    ASSERT_TRUE(print::testing::eventually([&] { return kiosk.saved_letters().size() == 1; }));
    const std::string letter = testing::pdf_text(kiosk.saved_letters().front());
    EXPECT_NE(letter.find("Rosa Parks"), std::string::npos) << letter;
    EXPECT_NE(letter.find("Missouri"), std::string::npos) << letter;
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, KioskKeys, ::testing::Values("en", "es"));

}  // namespace
}  // namespace kiosk::ui
