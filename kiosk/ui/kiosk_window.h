// The kiosk itself: one locked-down window running the visitor flow until staff exit.
//
// Staff gesture: five taps in the top-left corner of the screen (a square one touch
// target wide) within three seconds open the staff PIN pad; the right PIN opens a
// staff screen (ui/staff, screens/staff_screen.cpp). Nothing else leaves: the window's close button,
// Escape and Alt+F4 do nothing.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "content/pack.h"
#include "print/letter_printer.h"
#include "ui/print_worker.h"
#include "ui/flow/visitor_flow.h"
#include "ui/kiosk_screen.h"
#include "ui/letter_previews.h"
#include "ui/staff/staff_desk.h"

namespace kiosk::ui {

struct KioskOptions {
    bool windowed = false;          // development and tests; fullscreen otherwise
    unsigned width = 1280, height = 800;  // windowed size
    std::filesystem::path ui_tree;  // "" = no accessibility tree file
    std::optional<float> screen_dpi;  // the settings' screen_dpi; none: measured from the panel
    flow::FlowSettings flow;
    content::PaperSize paper = content::PaperSize::Letter;
    LetterFontFiles letter_fonts;
    // Tests only ($LETTER_KIOSK_FRAME_LOG): a line per frame drawn, "<milliseconds>
    // <staff job running: 0 or 1>" (written after the UI tree of that frame), "step
    // <words>" when a staff job's step changes, and "release" per touch or click released.
    std::filesystem::path frame_log;
    // Tests of the failsafe only ($LETTER_KIOSK_INJECT_FAULT): "screen" throws once while
    // building Review, "flow" once when Print is tapped; "" for none.
    std::string inject_fault;
};

// A content pack installed while the kiosk runs (install-content, the staff screen) is
// taken up between visits, never during one, and never while a staff job runs: when a
// visit ends (or, on Welcome, when the staff job that still ran then is over), and at
// the first touch on Welcome (which then only shows the new pack's Welcome). Checking
// costs a readlink, and nothing runs while the kiosk waits for a touch.
struct PackReload {
    std::function<bool()> changed;  // empty: the pack never changes
    // Loads the new pack and adapts `options` to it (paper, idle times the event
    // settings leave to the pack); nullptr keeps the pack in use. The caller's
    // LetterMaker must compose with the pack returned.
    std::function<const content::Pack*(KioskOptions& options)> load;
};

// Checks a PIN with the staff lock and says what happened.
using PinChecker = std::function<flow::PinChecked(const std::string& pin, flow::Clock::time_point now)>;

// The aggregate letter counters, kept in the data folder by the `run` command: the
// kiosk records each letter as the flow decides (staff read them through StaffServices).
struct LetterCounting {
    std::function<void(const flow::CountedLetter& letter)> record;
};

// What the staff gesture opens: the PIN check, whether a PIN is set at all (with none,
// the pad says how to set one), and what carries out the staff screen's jobs (on the
// staff worker's thread; it must outlive run_kiosk).
struct StaffAccess {
    PinChecker check_pin;
    std::function<bool()> pin_is_set;
    StaffWork* work = nullptr;
};

// Runs until staff choose "Exit kiosk"; returns 0 then, or 3 when the window or its
// fonts cannot be made (the reason on stderr). Anything that goes wrong inside a visit
// (an exception in a screen, the flow or the print worker) shows the failsafe screen,
// wipes the visit and returns to Welcome: the kiosk never exits in front of a visitor.
int run_kiosk(const content::Pack& pack, const KioskOptions& options, const LetterMaker& maker,
              const PrinterLookup& find_printer, const StaffAccess& staff, const LetterCounting& counting,
              const PackReload& reload = {});

}  // namespace kiosk::ui
