// The staff screen's services for the `run` command: the printer through CUPS, the
// counters, the event settings file, the staff PIN and the campaign in use.
//
// Seams left for work landing on other branches:
// - Installing a campaign from a USB stick and rolling back (the content store) and
//   finding a mounted stick (its mount watcher): `content()` says the store is not
//   available and `find_stick` finds none, until they are wired here.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "content/pack.h"
#include "print/printer_factory.h"
#include "store/event_settings.h"
#include "store/letter_counters.h"
#include "store/staff_lock.h"
#include "ui/letter_previews.h"
#include "ui/staff/staff_desk.h"

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

struct StaffWiring {
    const content::Pack& pack;
    std::shared_ptr<ChosenPrinter> printer;
    std::filesystem::path settings_file;
    store::EventSettings settings;  // as loaded; the services keep their own copy up to date
    store::LetterCounters& counters;
    store::StaffLock& lock;
    ui::LetterMaker maker;  // for the test page's PDF
    // The folder of a USB stick mounted now, if any (the store branch's watcher; none yet).
    std::function<std::optional<std::filesystem::path>()> find_stick;
};

ui::StaffServices make_staff_services(StaffWiring wiring);

}  // namespace kiosk::app
