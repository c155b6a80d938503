// Drives the real `letter-kiosk run` in a window on the test's X display the way a
// visitor does: taps found through the UI tree file and sent with xdotool.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace kiosk::ui::testing {

struct KioskLaunch {
    std::filesystem::path content;            // "" = the default pack
    bool installed_content = false;           // no --content: the pack installed in data() (install-content)
    std::vector<std::string> extra_arguments;  // e.g. {"--printer", "test"}
    std::vector<std::pair<std::string, std::string>> environment;  // set in the kiosk's process only
    // No CUPS unless the test names a server: letters are saved to the folder.
    std::string cups_server;
    // Runs before the kiosk starts, given the folder it will use (letters/ exists).
    std::function<void(const std::filesystem::path& folder)> prepare;
};

// A kiosk printing with `--printer queue` to the scheduler at `cups_server`.
inline KioskLaunch printing_to(const std::string& cups_server, const std::string& queue) {
    KioskLaunch launch;
    launch.extra_arguments = {"--printer", queue};
    launch.cups_server = cups_server;
    return launch;
}

class KioskDriver {
public:
    explicit KioskDriver(const KioskLaunch& launch = {});
    ~KioskDriver();  // stops the kiosk and removes its folder
    KioskDriver(const KioskDriver&) = delete;
    KioskDriver& operator=(const KioskDriver&) = delete;

    // Waits until the kiosk shows `screen` and takes taps (the kiosk ignores taps within
    // 400 ms of a screen appearing); fails the test after 15 s.
    nlohmann::json wait_for(const std::string& screen);
    // Taps the middle of the enabled element `id` and waits until the kiosk has handled
    // the tap (or exited); fails the test when the element never appears.
    void tap(const std::string& id);
    // Taps `id` `count` times, `gap` apart, without waiting for anything in between, nor
    // for the kiosk to handle them (handled_every_tap() says when it has).
    void tap_repeatedly(const std::string& id, int count, std::chrono::milliseconds gap);
    // Whether the kiosk has handled every tap sent so far and drawn (and written the
    // tree of) a frame since: read from its frame log ($LETTER_KIOSK_FRAME_LOG, which
    // the driver sets unless the launch's environment names one).
    bool handled_every_tap() const;
    // The screen once every tap sent so far has been handled; fails the test when the
    // kiosk does not get there within 15 s.
    std::string screen_after_taps();
    // Walks a new visit from Welcome to the You step: a letter to the governor of Missouri
    // for `reasons`. Returns the You screen's tree.
    nlohmann::json walk_to_you(const std::vector<std::string>& reasons = {"elderly"});
    // Walks a new visit from Welcome to Review: a letter to each of `recipients` in
    // Missouri, for heart disease, the You step skipped.
    void write_letters(const std::vector<std::string>& recipients);
    // Whether the enabled element `id` is on screen now.
    bool shows(const std::string& id) const;
    // Sets the staff PIN in the kiosk's data folder, as `letter-kiosk set-pin` does.
    void set_pin(const std::string& pin) const;
    // The hidden gesture: five taps in the top-left corner, counted in taps().
    void make_staff_gesture();
    // The gesture and the PIN: ends on the staff screen.
    void open_staff_screen(const std::string& pin);
    // Taps the keyboard keys of `text` ("rosa parks" → key.r, …, key.space, …).
    void type(const std::string& text);
    // A key of a physical keyboard or keypad, as X names it ("Tab", "Return", "shift+Tab",
    // "BackSpace", "r"), sent to the kiosk's window.
    void press(const std::string& keysym);
    // Presses Tab until the element `id` has the focus; fails the test when it never does.
    void focus_on(const std::string& id);
    // The id of the element with the keyboard focus ("" for none), and the last sentence
    // spoken, from the UI tree.
    std::string focused() const;
    std::string spoken() const;
    nlohmann::json read_tree() const;
    // Taps sent so far (tap() and type() count each key; tap_repeatedly counts each tap).
    int taps() const { return taps_; }
    std::string screen() const;

    // Stops the kiosk with `signal` (SIGKILL: the power key, a crash) and starts it
    // again on the same folders, as systemd does.
    void restart(int signal);

    pid_t pid() const { return kiosk_; }
    bool running() const;
    const std::filesystem::path& folder() const { return folder_; }
    std::filesystem::path letters() const { return folder_ / "letters"; }
    std::filesystem::path data() const { return folder_ / "data"; }
    // Everything the kiosk printed to stdout and stderr so far.
    std::string output() const;
    std::vector<std::filesystem::path> saved_letters() const;

private:
    void start();

    KioskLaunch launch_;
    std::filesystem::path folder_;
    std::filesystem::path tree_;
    std::filesystem::path frame_log_;
    pid_t kiosk_ = -1;
    int taps_ = 0;
};

// Runs a shell command and returns its standard output.
std::string run_and_read(const std::string& command);
// pdftotext breaks lines where the letter does: compare words, not line breaks.
std::string single_spaced(const std::string& text);
// The text of a PDF file, single-spaced.
std::string pdf_text(const std::filesystem::path& pdf);

}  // namespace kiosk::ui::testing
