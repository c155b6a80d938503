// The real `letter-kiosk run` in a window on a private Xvfb, driven like a visitor:
// taps found through the UI tree file, sent with xdotool; the saved PDF read back.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <thread>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "window_close_request.h"
#include "xvfb_display.h"

namespace kiosk::ui {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

std::string run_and_read(const std::string& command) {
    std::string output;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char buffer[4096];
        while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
        pclose(pipe);
    }
    return output;
}

// pdftotext breaks lines where the letter does: compare words, not line breaks.
std::string single_spaced(const std::string& text) {
    std::istringstream words(text);
    std::string word, out;
    while (words >> word) out += (out.empty() ? "" : " ") + word;
    return out;
}

class KioskEndToEnd : public ::testing::Test {
protected:
    fs::path folder = fs::temp_directory_path() / ("kiosk-e2e-" + std::to_string(getpid()));
    fs::path tree = folder / "ui-tree.json";
    fs::path letters = folder / "letters";
    pid_t kiosk = -1;

    void SetUp() override {
        fs::create_directories(letters);
        const char* content = std::getenv("LETTER_KIOSK_CONTENT");
        const std::string pack = content ? content : KIOSK_DEFAULT_CONTENT_DIR;
        kiosk = fork();
        ASSERT_GE(kiosk, 0);
        if (kiosk == 0) {
            // No CUPS here: letters are saved to the folder, whatever this machine has.
            setenv("CUPS_SERVER", (folder / "no-cups.sock").c_str(), 1);
            const std::string tree_arg = tree.string(), save_arg = letters.string(), data_arg = (folder / "data").string();
            execl(KIOSK_BINARY, KIOSK_BINARY, "run", "--windowed", "--size", "1280x800", "--content", pack.c_str(),
                  "--ui-tree", tree_arg.c_str(), "--save-dir", save_arg.c_str(), "--data-dir", data_arg.c_str(),
                  static_cast<char*>(nullptr));
            _exit(127);
        }
    }

    void TearDown() override {
        if (kiosk > 0) {
            kill(kiosk, SIGTERM);
            waitpid(kiosk, nullptr, 0);
        }
        fs::remove_all(folder);
    }

    nlohmann::json read_tree() {
        std::ifstream in(tree);
        if (!in) return nullptr;
        return nlohmann::json::parse(in, nullptr, false);
    }

    // Waits until the kiosk shows `screen`, and until it takes taps: the kiosk ignores a tap
    // that lands within 400 ms of a screen appearing (so a double tap never acts twice).
    nlohmann::json wait_for(const std::string& screen) {
        const auto deadline = std::chrono::steady_clock::now() + 15s;
        nlohmann::json current;
        while (std::chrono::steady_clock::now() < deadline) {
            current = read_tree();
            if (current.is_object() && current.value("screen", "") == screen) {
                std::this_thread::sleep_for(450ms);
                return current;
            }
            std::this_thread::sleep_for(50ms);
        }
        ADD_FAILURE() << "the kiosk never showed '" << screen << "'; last tree: " << current.dump();
        return current;
    }

    void tap(const std::string& id) {
        const auto deadline = std::chrono::steady_clock::now() + 10s;
        while (std::chrono::steady_clock::now() < deadline) {
            const nlohmann::json current = read_tree();
            if (current.is_object()) {
                for (const auto& element : current["elements"]) {
                    if (element["id"] != id || element["disabled"].get<bool>()) continue;
                    const int x = element["x"].get<int>() + element["width"].get<int>() / 2;
                    const int y = element["y"].get<int>() + element["height"].get<int>() / 2;
                    const std::string command = "xdotool mousemove " + std::to_string(x) + " " + std::to_string(y) + " click 1";
                    ASSERT_EQ(std::system(command.c_str()), 0) << command;
                    std::this_thread::sleep_for(120ms);
                    return;
                }
            }
            std::this_thread::sleep_for(50ms);
        }
        FAIL() << "no enabled element '" << id << "' on screen: " << read_tree().dump();
    }
};

TEST_F(KioskEndToEnd, AVisitorTapsThroughToASavedLetterWithTheirNameAndConditions) {
    wait_for("welcome");
    tap("welcome.start");
    wait_for("who");
    tap("recipient.governor");
    tap("nav.next");
    wait_for("where");
    tap("state.MO");
    tap("nav.next");
    wait_for("why");
    tap("reason.heart-disease");
    tap("reason.lung-disease");
    tap("reason.hypertension");
    tap("nav.next");
    wait_for("you");
    for (const char* key : {"r", "o", "s", "a", "space", "p", "a", "r", "k", "s"}) tap(std::string("key.") + key);
    const auto you = wait_for("you");
    for (const auto& element : you["elements"]) {
        if (element["id"] == "field.name") {
            EXPECT_TRUE(element["filled"].get<bool>());
        }
    }
    EXPECT_EQ(you.dump().find("Rosa"), std::string::npos) << "typed text must never reach the tree file";
    tap("nav.next");
    wait_for("review");
    tap("review.print");
    wait_for("done");

    std::vector<fs::path> pdfs;
    for (const auto& entry : fs::directory_iterator(letters)) pdfs.push_back(entry.path());
    ASSERT_EQ(pdfs.size(), 1u);
    const std::string text = single_spaced(run_and_read("pdftotext '" + pdfs[0].string() + "' -"));
    EXPECT_NE(text.find("Rosa Parks"), std::string::npos) << text;
    EXPECT_NE(text.find("Governor"), std::string::npos) << text;
    EXPECT_NE(text.find("heart disease, lung disease, and hypertension"), std::string::npos) << text;

    tap("done.start-over");
    const auto welcome = wait_for("welcome");
    EXPECT_EQ(welcome["language"], "en");

    // The saved letter is counted as saved (not printed), by recipient, state and language only.
    std::ifstream counters_file(folder / "data" / "counters.csv");
    const std::string counters((std::istreambuf_iterator<char>(counters_file)), std::istreambuf_iterator<char>());
    EXPECT_NE(counters.find(",governor,MO,en,0,1,0\n"), std::string::npos) << counters;
    EXPECT_EQ(counters.find("Rosa"), std::string::npos) << counters;
}

TEST_F(KioskEndToEnd, NeitherCloseNorEscapeNorAltF4EndsTheKiosk) {
    wait_for("welcome");
    const std::string window = run_and_read("xdotool search --name '^Letter Kiosk$' | head -1");
    ASSERT_FALSE(window.empty());
    ASSERT_TRUE(testing::request_close(std::stoul(window)));
    ASSERT_EQ(std::system("xdotool key Escape alt+F4 ctrl+q ctrl+w"), 0);
    std::this_thread::sleep_for(500ms);
    EXPECT_EQ(waitpid(kiosk, nullptr, WNOHANG), 0) << "the kiosk exited";
}

TEST(KioskWithoutDisplay, SaysHowToRunItAndExitsWithThree) {
    const std::string output = run_and_read("env -u DISPLAY " KIOSK_BINARY " run 2>&1; echo \"exit $?\"");
    EXPECT_NE(output.find("no screen"), std::string::npos) << output;
    EXPECT_NE(output.find("xvfb-run"), std::string::npos) << output;
    EXPECT_NE(output.find("exit 3"), std::string::npos) << output;
}

}  // namespace
}  // namespace kiosk::ui

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new kiosk::ui::testing::XvfbDisplay(true));
    return RUN_ALL_TESTS();
}
