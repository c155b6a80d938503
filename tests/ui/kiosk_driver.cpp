#include "kiosk_driver.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>

namespace kiosk::ui::testing {

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

std::string single_spaced(const std::string& text) {
    std::istringstream words(text);
    std::string word, out;
    while (words >> word) out += (out.empty() ? "" : " ") + word;
    return out;
}

std::string pdf_text(const fs::path& pdf) { return single_spaced(run_and_read("pdftotext '" + pdf.string() + "' -")); }

namespace {

std::string read_file(const fs::path& file) {
    std::ifstream in(file);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Enough of a frame log to show what the kiosk last did.
std::string log_tail(const fs::path& log) {
    const std::string text = read_file(log);
    return text.substr(text.size() > 600 ? text.size() - 600 : 0);
}

fs::path fresh_folder() {
    static std::atomic<int> count{0};
    return fs::temp_directory_path() / ("kiosk-e2e-" + std::to_string(getpid()) + "-" + std::to_string(count++));
}

fs::path frame_log_of(const KioskLaunch& launch, const fs::path& folder) {
    for (const auto& [name, value] : launch.environment) {
        if (name == "LETTER_KIOSK_FRAME_LOG") return value;
    }
    return folder / "frames.log";
}

}  // namespace

KioskDriver::KioskDriver(const KioskLaunch& launch)
    : launch_(launch), folder_(fresh_folder()), tree_(folder_ / "ui-tree.json"), frame_log_(frame_log_of(launch, folder_)) {
    fs::create_directories(letters());
    if (launch.prepare) launch.prepare(folder_);
    start();
}

void KioskDriver::start() {
    const char* content = std::getenv("LETTER_KIOSK_CONTENT");
    const std::string pack = !launch_.content.empty() ? launch_.content.string()
                             : content                ? content
                                                      : KIOSK_DEFAULT_CONTENT_DIR;
    std::vector<std::string> arguments = {KIOSK_BINARY, "run", "--windowed", "--size", "1280x800",
                                          "--ui-tree", tree_.string(), "--save-dir", letters().string(), "--data-dir",
                                          data().string()};
    if (!launch_.installed_content) arguments.insert(arguments.end(), {"--content", pack});
    arguments.insert(arguments.end(), launch_.extra_arguments.begin(), launch_.extra_arguments.end());
    const std::string log = (folder_ / "output.log").string();
    std::error_code ignored;
    fs::remove(tree_, ignored);  // a tree left by an earlier run is not this one's screen
    kiosk_ = fork();
    if (kiosk_ < 0) ADD_FAILURE() << "fork failed";
    if (kiosk_ == 0) {
        // No CUPS unless asked: letters are saved to the folder, whatever this machine has.
        const std::string server = launch_.cups_server.empty() ? (folder_ / "no-cups.sock").string() : launch_.cups_server;
        setenv("CUPS_SERVER", server.c_str(), 1);
        setenv("LETTER_KIOSK_FRAME_LOG", frame_log_.c_str(), 1);
        // Speech plays on OpenAL's null device: at a real device's pace, into no speaker.
        setenv("ALSOFT_DRIVERS", "null", 1);
        for (const auto& [name, value] : launch_.environment) setenv(name.c_str(), value.c_str(), 1);
        // Appended: after a restart the output of both runs stays readable.
        const int out = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        dup2(out, STDOUT_FILENO);
        dup2(out, STDERR_FILENO);
        std::vector<char*> argv;
        for (auto& argument : arguments) argv.push_back(argument.data());
        argv.push_back(nullptr);
        execv(KIOSK_BINARY, argv.data());
        _exit(127);
    }
}

void KioskDriver::restart(int signal) {
    if (kiosk_ > 0) {
        kill(kiosk_, signal);
        waitpid(kiosk_, nullptr, 0);
    }
    start();
}

KioskDriver::~KioskDriver() {
    if (kiosk_ > 0) {
        kill(kiosk_, SIGTERM);
        waitpid(kiosk_, nullptr, 0);
    }
    std::error_code ignored;
    fs::remove_all(folder_, ignored);
}

bool KioskDriver::running() const { return kiosk_ > 0 && waitpid(kiosk_, nullptr, WNOHANG) == 0; }

nlohmann::json KioskDriver::read_tree() const {
    std::ifstream in(tree_);
    if (!in) return nullptr;
    return nlohmann::json::parse(in, nullptr, false);
}

std::string KioskDriver::screen() const {
    const auto tree = read_tree();
    return tree.is_object() ? tree.value("screen", "") : "";
}

nlohmann::json KioskDriver::wait_for(const std::string& screen) {
    const auto deadline = std::chrono::steady_clock::now() + 15s;
    nlohmann::json current;
    while (std::chrono::steady_clock::now() < deadline) {
        current = read_tree();
        if (current.is_object() && current.value("screen", "") == screen) {
            // Time must pass here: the kiosk ignores taps within tap_guard (400 ms, a
            // constant) of the screen appearing, by its own clock. The screen appeared
            // before its tree was written, so a loaded machine only makes the wait longer.
            std::this_thread::sleep_for(450ms);
            return read_tree();
        }
        std::this_thread::sleep_for(50ms);
    }
    ADD_FAILURE() << "the kiosk never showed '" << screen << "'; last tree: " << current.dump();
    return current;
}

namespace {

bool find_element(const nlohmann::json& tree, const std::string& id, int& x, int& y) {
    if (!tree.is_object()) return false;
    for (const auto& element : tree["elements"]) {
        if (element["id"] != id || element["disabled"].get<bool>()) continue;
        x = element["x"].get<int>() + element["width"].get<int>() / 2;
        y = element["y"].get<int>() + element["height"].get<int>() / 2;
        return true;
    }
    return false;
}

void click(int x, int y) {
    const std::string command = "xdotool mousemove " + std::to_string(x) + " " + std::to_string(y) + " click 1";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
}

}  // namespace

void KioskDriver::tap(const std::string& id) {
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    while (std::chrono::steady_clock::now() < deadline) {
        int x = 0, y = 0;
        if (find_element(read_tree(), id, x, y)) {
            click(x, y);
            ++taps_;
            // The next tap looks its element up in the tree this one leads to.
            const auto handled_by = std::chrono::steady_clock::now() + 15s;
            while (!handled_every_tap() && running()) {
                if (std::chrono::steady_clock::now() > handled_by) {
                    FAIL() << "the kiosk never handled the tap on '" << id << "'; the end of its frame log:\n" << log_tail(frame_log_);
                }
                std::this_thread::sleep_for(10ms);
            }
            return;
        }
        std::this_thread::sleep_for(50ms);
    }
    FAIL() << "no enabled element '" << id << "' on screen: " << read_tree().dump();
}

void KioskDriver::tap_repeatedly(const std::string& id, int count, std::chrono::milliseconds gap) {
    int x = 0, y = 0;
    ASSERT_TRUE(find_element(read_tree(), id, x, y)) << "no enabled element '" << id << "'";
    const std::string command = "xdotool mousemove " + std::to_string(x) + " " + std::to_string(y) + " click --repeat " +
                                std::to_string(count) + " --delay " + std::to_string(gap.count()) + " 1";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    taps_ += count;
}

bool KioskDriver::handled_every_tap() const {
    std::istringstream lines(read_file(frame_log_));
    int released = 0;
    bool drawn_since = false;
    for (std::string line; std::getline(lines, line);) {
        if (line == "release") {
            ++released;
            drawn_since = false;
        } else if (!line.empty() && std::isdigit(static_cast<unsigned char>(line[0]))) {
            drawn_since = true;  // a frame line: its tree is already written
        }
    }
    return released >= taps_ && drawn_since;
}

std::string KioskDriver::screen_after_taps() {
    const auto deadline = std::chrono::steady_clock::now() + 15s;
    while (!handled_every_tap()) {
        if (std::chrono::steady_clock::now() > deadline) {
            ADD_FAILURE() << "the kiosk never handled all " << taps_ << " taps; the end of its frame log:\n" << log_tail(frame_log_);
            break;
        }
        std::this_thread::sleep_for(10ms);
    }
    return screen();
}

nlohmann::json KioskDriver::walk_to_you(const std::vector<std::string>& reasons) {
    wait_for("welcome");
    tap("welcome.start");
    wait_for("who");
    tap("recipient.governor");
    tap("nav.next");
    wait_for("where");
    tap("state.MO");
    tap("nav.next");
    wait_for("why");
    for (const auto& reason : reasons) tap("reason." + reason);
    tap("nav.next");
    return wait_for("you");
}

void KioskDriver::write_letters(const std::vector<std::string>& recipients) {
    wait_for("welcome");
    tap("welcome.start");
    wait_for("who");
    for (const auto& recipient : recipients) tap("recipient." + recipient);
    tap("nav.next");
    wait_for("where");
    tap("state.MO");
    tap("nav.next");
    wait_for("why");
    tap("reason.heart-disease");
    tap("nav.next");
    wait_for("you");
    tap("nav.next");
    wait_for("review");
}

bool KioskDriver::shows(const std::string& id) const {
    const auto tree = read_tree();
    if (!tree.is_object()) return false;
    for (const auto& element : tree["elements"]) {
        if (element["id"] == id && !element["disabled"].get<bool>()) return true;
    }
    return false;
}

void KioskDriver::set_pin(const std::string& pin) const {
    const std::string command = "echo " + pin + " | " KIOSK_BINARY " set-pin --data-dir '" + data().string() + "' >/dev/null";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
}

void KioskDriver::make_staff_gesture() {
    ASSERT_EQ(std::system("xdotool mousemove 5 5 click --repeat 5 --delay 150 1"), 0);
    taps_ += 5;
}

void KioskDriver::open_staff_screen(const std::string& pin) {
    make_staff_gesture();
    wait_for("staff-pin");
    for (const char digit : pin) tap(std::string("pin.") + digit);
    tap("pin.ok");
    wait_for("staff-menu");
}

void KioskDriver::press(const std::string& keysym) {
    // The pointer over the window: with no window manager, keys go to the window under it.
    const std::string command = "xdotool mousemove 640 790 key --clearmodifiers " + keysym;
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
}

std::string KioskDriver::focused() const {
    const auto tree = read_tree();
    if (!tree.is_object()) return "";
    for (const auto& element : tree["elements"]) {
        if (element.value("focused", false)) return element.value("id", "");
    }
    return "";
}

std::string KioskDriver::spoken() const {
    const auto tree = read_tree();
    return tree.is_object() ? tree.value("spoken", "") : "";
}

void KioskDriver::focus_on(const std::string& id) {
    for (int presses = 0; presses < 120; ++presses) {
        if (focused() == id) return;
        const std::string before = focused();
        press("Tab");
        // The tree says where the focus went before the next Tab.
        for (auto deadline = std::chrono::steady_clock::now() + 5s;
             focused() == before && std::chrono::steady_clock::now() < deadline;) {
            std::this_thread::sleep_for(20ms);
        }
    }
    FAIL() << "the focus never reached '" << id << "': " << read_tree().dump();
}

void KioskDriver::type(const std::string& text) {
    for (char c : text) tap(c == ' ' ? std::string("key.space") : "key." + std::string(1, c));
}

std::string KioskDriver::output() const { return read_file(folder_ / "output.log"); }

std::vector<fs::path> KioskDriver::saved_letters() const {
    std::vector<fs::path> pdfs;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(letters(), error)) {
        if (entry.path().extension() == ".pdf") pdfs.push_back(entry.path());
    }
    std::sort(pdfs.begin(), pdfs.end());
    return pdfs;
}

}  // namespace kiosk::ui::testing
