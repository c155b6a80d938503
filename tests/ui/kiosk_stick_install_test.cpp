// Installing a campaign from a USB stick by touch: the real `letter-kiosk run` on a
// private Xvfb, inside a private mount namespace (stick_kiosk.h), with a folder
// bind-mounted at a stick folder of the event settings while the kiosk runs — as
// systemd mounts a stick on the appliance. Staff open the staff screen (corner gesture and PIN), tap Install on the
// Campaign tab, go back to the kiosk, and the next visit shows the stick's words; the
// store's `current` leads to the new pack. A pack not newer than the one in use asks
// first: Keep leaves the store byte-identical, Install anyway switches.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "install/content_store.h"
#include "kiosk_driver.h"
#include "private_mounts.h"
#include "store_fixture.h"
#include "stick_kiosk.h"

namespace kiosk::ui {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using install::testing::read_file;
using testing::KioskDriver;
using testing::kiosk_with_installed_pack;

const std::string pin = "2468";

void replace_in_file(const fs::path& file, const std::string& from, const std::string& to) {
    std::string text = read_file(file);
    const auto at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from << " in " << file;
    text.replace(at, from.size(), to);
    std::ofstream(file, std::ios::trunc) << text;
}

// A copy of the default pack at `stick`/campaign, as staff prepare one on a laptop:
// another version, and the Welcome button in other words.
void prepare_stick(const fs::path& stick, const std::string& version, const std::string& welcome_words) {
    const fs::path pack = stick / "campaign";
    fs::create_directories(stick);
    fs::copy(KIOSK_DEFAULT_CONTENT_DIR, pack, fs::copy_options::recursive);
    replace_in_file(pack / "pack.yaml", "version: 1.0.0", "version: " + version);
    replace_in_file(pack / "strings" / "en.yaml", "\"Tap here to write a letter\"", "\"" + welcome_words + "\"");
}

std::string version_in_use(const KioskDriver& kiosk) {
    const auto current = install::ContentStore(kiosk.data()).current();
    if (!current) return "";
    const std::string yaml = read_file(*current / "pack.yaml");
    const auto at = yaml.find("version: ");
    return at == std::string::npos ? "" : yaml.substr(at + 9, yaml.find('\n', at) - at - 9);
}

// Waits (10 s at most) for the store's `current` to lead to a pack of `version`.
bool store_switches_to(const KioskDriver& kiosk, const std::string& version) {
    for (auto deadline = std::chrono::steady_clock::now() + 10s; std::chrono::steady_clock::now() < deadline;) {
        if (version_in_use(kiosk) == version) return true;
        std::this_thread::sleep_for(50ms);
    }
    return false;
}

std::string welcome_words(KioskDriver& kiosk) {
    const auto tree = kiosk.wait_for("welcome");
    for (const auto& element : tree["elements"]) {
        if (element["id"] == "welcome.start") return element["label"].get<std::string>();
    }
    return "";
}

// Back to the kiosk: it loads the installed pack on Welcome, between visits.
std::string words_of_next_visit(KioskDriver& kiosk, const std::string& expected) {
    kiosk.tap("nav.back");
    std::string words;
    for (auto deadline = std::chrono::steady_clock::now() + 10s; std::chrono::steady_clock::now() < deadline;) {
        words = welcome_words(kiosk);
        if (words == expected) {
            // The new pack's Welcome (same screen, new words) appeared only now: the wait
            // for its taps to count starts from it.
            kiosk.wait_for("welcome");
            break;
        }
        std::this_thread::sleep_for(100ms);
    }
    return words;
}

bool shows_soon(const KioskDriver& kiosk, const std::string& id) {
    for (auto deadline = std::chrono::steady_clock::now() + 10s; std::chrono::steady_clock::now() < deadline;) {
        if (kiosk.shows(id)) return true;
        std::this_thread::sleep_for(50ms);
    }
    return false;
}

class KioskStickInstall : public testing::StickKioskTest {};

TEST_F(KioskStickInstall, ANewerCampaignInstalledByTouchIsWhatTheNextVisitShows) {
    KioskDriver kiosk(kiosk_with_installed_pack());
    kiosk.set_pin(pin);
    ASSERT_EQ(welcome_words(kiosk), "Tap here to write a letter");
    ASSERT_EQ(version_in_use(kiosk), "1.0.0");
    const fs::path source = kiosk.folder() / "laptop";
    prepare_stick(source, "1.0.1", "Tap here: the campaign from the stick");
    plug_in(kiosk, source);

    const int before = kiosk.taps();
    kiosk.open_staff_screen(pin);
    kiosk.tap("staff.tab.content");
    kiosk.tap("staff.content.install.0");
    ASSERT_TRUE(store_switches_to(kiosk, "1.0.1")) << kiosk.output();
    const int to_installed = kiosk.taps() - before;
    EXPECT_EQ(words_of_next_visit(kiosk, "Tap here: the campaign from the stick"), "Tap here: the campaign from the stick")
        << kiosk.output();
    const int taps = kiosk.taps() - before;
    std::cout << "taps from Welcome to the stick's campaign installed: " << to_installed
              << "; to the next visit showing it: " << taps << '\n';
    EXPECT_EQ(taps, 5 + int(pin.size()) + 1 + 3) << "gesture, PIN and OK, Campaign, Install, Back";
    kiosk.tap("welcome.start");
    kiosk.wait_for("who");
}

TEST_F(KioskStickInstall, AnOlderCampaignAsksFirstKeepChangesNothingInstallAnywaySwitches) {
    KioskDriver kiosk(kiosk_with_installed_pack());
    kiosk.set_pin(pin);
    kiosk.wait_for("welcome");
    const fs::path source = kiosk.folder() / "laptop";
    prepare_stick(source, "0.9.0", "Tap here: last year's campaign");
    plug_in(kiosk, source);

    kiosk.open_staff_screen(pin);
    kiosk.tap("staff.tab.content");
    ASSERT_TRUE(shows_soon(kiosk, "staff.content.install.0"));
    const fs::path store = kiosk.data() / "content";
    const std::string untouched = install::testing::tree_fingerprint(store);

    const int asked = kiosk.taps();
    kiosk.tap("staff.content.install.0");
    kiosk.tap("staff.content.keep");  // waits for the question to appear
    EXPECT_EQ(kiosk.taps() - asked, 2) << "Install, then Keep the one in use";
    ASSERT_TRUE(shows_soon(kiosk, "staff.content.install.0")) << "back on the Campaign tab";
    EXPECT_EQ(install::testing::tree_fingerprint(store), untouched) << "Keep the one in use changed the store";
    EXPECT_EQ(version_in_use(kiosk), "1.0.0");

    const int before = kiosk.taps();
    kiosk.tap("staff.content.install.0");
    kiosk.tap("staff.content.install-anyway");
    ASSERT_TRUE(store_switches_to(kiosk, "0.9.0")) << kiosk.output();
    EXPECT_EQ(kiosk.taps() - before, 2) << "Install, then Install anyway";
    EXPECT_EQ(words_of_next_visit(kiosk, "Tap here: last year's campaign"), "Tap here: last year's campaign");
}

}  // namespace
}  // namespace kiosk::ui
