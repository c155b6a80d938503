// The staff screen's work for the `run` command (ui::StaffWork, on the staff worker's
// thread): the printer through CUPS, the counters, the event settings file, the staff
// PIN, the campaign in use and the campaigns on a USB stick (checked and installed
// through the content store, and rolled back).
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "content/pack.h"
#include "install/content_store.h"
#include "print/printer_factory.h"
#include "store/event_settings.h"
#include "store/letter_counters.h"
#include "store/staff_lock.h"
#include "ui/letter_previews.h"
#include "ui/staff/staff_job.h"

namespace kiosk::app {

// The printer letters go to, changed by staff while print runs read it on their thread.
class ChosenPrinter {
public:
    explicit ChosenPrinter(print::PrinterChoice choice) : choice_(std::move(choice)) {}
    print::PrinterChoice get() const {
        std::lock_guard<std::mutex> lock(mutex_);
        return choice_;
    }
    void set_printer(const std::string& name) {
        std::lock_guard<std::mutex> lock(mutex_);
        choice_.printer_name = name;
    }

private:
    mutable std::mutex mutex_;
    print::PrinterChoice choice_;
};

// The one owner of the event settings in use while the kiosk runs: what the staff
// screen shows and saves, and what a pack reload applies. After a save it holds what
// the file says, read again, so a reload or an install never brings back the settings
// read at start.
class SettingsInUse {
public:
    SettingsInUse(std::filesystem::path file, store::EventSettings loaded);

    store::EventSettings get() const;
    // Applies `change` to the settings in use and saves them (save_event_settings keeps
    // every key staff do not own, trusted_key and stick_folders among them), then reads
    // the file again. On failure nothing in use changes.
    tl::expected<void, std::string> change(const std::function<void(store::EventSettings&)>& change);

private:
    std::filesystem::path file_;
    mutable std::mutex mutex_;
    store::EventSettings settings_;
};

// The letter counters, shared by the kiosk (recording letters on the UI thread) and the
// staff worker (exporting them).
struct SharedCounters {
    store::LetterCounters& counters;
    std::mutex& mutex;
};

struct StaffWiring {
    const content::Pack& pack;  // the pack in use (replaced only while no staff job runs)
    std::shared_ptr<ChosenPrinter> printer;
    SettingsInUse& settings;
    SharedCounters counters;
    store::StaffLock& lock;
    std::mutex& lock_mutex;  // the PIN pad checks PINs on a thread of its own
    ui::LetterMaker maker;   // for the test page's PDF
    // The store packs from a stick install into; null when the kiosk runs a pack named
    // with --content (nothing is installed then).
    install::ContentStore* content_store = nullptr;
    std::vector<std::filesystem::path> stick_folders;  // empty: the defaults
    install::InstallOptions stick_install;              // the trusted key
};

std::unique_ptr<ui::StaffWork> make_staff_work(StaffWiring wiring);

}  // namespace kiosk::app
