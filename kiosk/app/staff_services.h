// The staff screen's services for the `run` command: the printer through CUPS, the
// counters, the event settings file, the staff PIN, the campaign in use and the
// campaigns on a USB stick (installed through the content store, and rolled back).
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "content/pack.h"
#include "install/stick_packs.h"
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
    // The packs on the sticks mounted now, and the store they install into; null when
    // the kiosk runs a pack named with --content (nothing is installed then).
    install::StickPacks* stick_packs = nullptr;
};

ui::StaffServices make_staff_services(StaffWiring wiring);

}  // namespace kiosk::app
