// The real `letter-kiosk run` in a window on a private Xvfb, driven like a visitor:
// taps found through the UI tree file, sent with xdotool; the saved PDF read back.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include <sys/wait.h>

#include <gtest/gtest.h>

#include "kiosk_driver.h"
#include "window_close_request.h"

namespace kiosk::ui {
namespace {

using testing::KioskDriver;

TEST(KioskEndToEnd, AVisitorTapsThroughToASavedLetterWithTheirNameAndConditions) {
    KioskDriver kiosk;
    kiosk.walk_to_you({"heart-disease", "lung-disease", "hypertension"});
    kiosk.type("rosa parks");
    const auto you = kiosk.wait_for("you");
    for (const auto& element : you["elements"]) {
        if (element["id"] == "field.name") {
            EXPECT_TRUE(element["filled"].get<bool>());
        }
    }
    EXPECT_EQ(you.dump().find("Rosa"), std::string::npos) << "typed text must never reach the tree file";
    kiosk.tap("nav.next");
    kiosk.wait_for("review");
    kiosk.tap("review.print");
    kiosk.wait_for("done");

    const auto pdfs = kiosk.saved_letters();
    ASSERT_EQ(pdfs.size(), 1u);
    const std::string text = testing::pdf_text(pdfs[0]);
    EXPECT_NE(text.find("Rosa Parks"), std::string::npos) << text;
    EXPECT_NE(text.find("Governor"), std::string::npos) << text;
    EXPECT_NE(text.find("heart disease, lung disease, or hypertension"), std::string::npos) << text;

    kiosk.tap("done.start-over");
    const auto welcome = kiosk.wait_for("welcome");
    EXPECT_EQ(welcome["language"], "en");

    // The saved letter is counted as saved (not printed), by recipient, state and language only.
    std::ifstream counters_file(kiosk.data() / "counters.csv");
    const std::string counters((std::istreambuf_iterator<char>(counters_file)), std::istreambuf_iterator<char>());
    EXPECT_NE(counters.find(",governor,MO,en,0,1,0\n"), std::string::npos) << counters;
    EXPECT_EQ(counters.find("Rosa"), std::string::npos) << counters;
}

// The visit the campaign expects most: the governor and the sheriff, found by ZIP code.
// Every tap carries a decision; the count is reported (README "Measured").
TEST(KioskEndToEnd, AGovernorAndSheriffLetterByZipCodeTakesFifteenTaps) {
    KioskDriver kiosk;
    kiosk.wait_for("welcome");
    kiosk.tap("welcome.start");
    kiosk.wait_for("who");
    kiosk.tap("recipient.governor");
    kiosk.tap("recipient.sheriff");
    kiosk.tap("nav.next");
    kiosk.wait_for("where");
    for (const char* digit : {"6", "5", "2", "0", "1"}) kiosk.tap(std::string("zip.") + digit);
    // 65201 touches Boone and Callaway counties: those two are offered, one tap chooses.
    const auto where = kiosk.wait_for("where");
    std::vector<std::string> offered;
    for (const auto& element : where["elements"]) {
        const std::string id = element["id"];
        if (id.rfind("zip-county.", 0) == 0) offered.push_back(id);
    }
    EXPECT_EQ(offered, (std::vector<std::string>{"zip-county.Boone County", "zip-county.Callaway County"}));
    kiosk.tap("zip-county.Boone County");
    kiosk.tap("nav.next");
    kiosk.wait_for("why");
    kiosk.tap("reason.elderly");
    kiosk.tap("nav.next");
    kiosk.wait_for("you");
    kiosk.tap("you.skip");
    kiosk.wait_for("review");
    kiosk.tap("review.print");
    kiosk.wait_for("done");
    std::cout << "A governor and sheriff visit with a ZIP code took " << kiosk.taps() << " taps\n";
    EXPECT_EQ(kiosk.taps(), 15);

    const auto pdfs = kiosk.saved_letters();
    ASSERT_EQ(pdfs.size(), 2u);
    const std::string sheriff = testing::pdf_text(pdfs[1]);
    EXPECT_NE(sheriff.find("Boone County"), std::string::npos) << sheriff;
}

// install-content while a visitor is mid-visit: their letter comes from the pack they
// started with; the next visitor's from the new one.
TEST(KioskEndToEnd, APackInstalledDuringAVisitIsUsedFromTheNextVisit) {
    const auto install = [](const std::filesystem::path& data, const std::filesystem::path& pack) {
        return testing::run_and_read(std::string("'") + KIOSK_BINARY + "' install-content --allow-older '" + pack.string() +
                                     "' --data-dir '" + data.string() + "' 2>&1");
    };
    testing::KioskLaunch launch;
    launch.installed_content = true;
    launch.prepare = [&](const std::filesystem::path& folder) {
        EXPECT_NE(install(folder / "data", KIOSK_DEFAULT_CONTENT_DIR).find("Installed"), std::string::npos);
        std::filesystem::copy(KIOSK_DEFAULT_CONTENT_DIR, folder / "renamed", std::filesystem::copy_options::recursive);
        const auto recipients = folder / "renamed" / "recipients.yaml";
        std::ifstream in(recipients);
        std::string yaml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        yaml.replace(yaml.find("name: Mike Kehoe"), 16, "name: Michael Kehoe");
        std::ofstream(recipients) << yaml;
    };
    KioskDriver kiosk(launch);
    kiosk.walk_to_you();
    EXPECT_NE(install(kiosk.data(), kiosk.folder() / "renamed").find("Installed"), std::string::npos);
    kiosk.tap("nav.next");
    kiosk.wait_for("review");
    kiosk.tap("review.print");
    kiosk.wait_for("done");
    ASSERT_EQ(kiosk.saved_letters().size(), 1u);
    const std::string during = testing::pdf_text(kiosk.saved_letters()[0]);
    EXPECT_NE(during.find("Mike Kehoe"), std::string::npos) << during;

    kiosk.tap("done.start-over");
    kiosk.wait_for("welcome");
    kiosk.walk_to_you();
    kiosk.tap("nav.next");
    kiosk.wait_for("review");
    kiosk.tap("review.print");
    kiosk.wait_for("done");
    const auto letters = kiosk.saved_letters();
    ASSERT_EQ(letters.size(), 2u);
    const std::string after = testing::pdf_text(letters[0]) + testing::pdf_text(letters[1]);
    EXPECT_NE(after.find("Michael Kehoe"), std::string::npos) << after;
    EXPECT_NE(kiosk.output().find("now using Write for Compassionate Release 1.0.0"), std::string::npos) << kiosk.output();
}

TEST(KioskEndToEnd, NeitherCloseNorEscapeNorAltF4EndsTheKiosk) {
    KioskDriver kiosk;
    kiosk.wait_for("welcome");
    const std::string window = testing::run_and_read("xdotool search --name '^Letter Kiosk$' | head -1");
    ASSERT_FALSE(window.empty());
    ASSERT_TRUE(testing::request_close(std::stoul(window)));
    ASSERT_EQ(std::system("xdotool key Escape alt+F4 ctrl+q ctrl+w"), 0);
    // A tap after them comes through the same event queue: once the kiosk has handled
    // it, it has handled the close request and the keys too.
    kiosk.tap("welcome.start");
    EXPECT_EQ(kiosk.screen_after_taps(), "who");
    EXPECT_TRUE(kiosk.running()) << "the kiosk exited";
}

TEST(KioskWithoutDisplay, SaysHowToRunItAndExitsWithThree) {
    const std::string output = testing::run_and_read("env -u DISPLAY " KIOSK_BINARY " run 2>&1; echo \"exit $?\"");
    EXPECT_NE(output.find("no screen"), std::string::npos) << output;
    EXPECT_NE(output.find("xvfb-run"), std::string::npos) << output;
    EXPECT_NE(output.find("exit 3"), std::string::npos) << output;
}

}  // namespace
}  // namespace kiosk::ui
