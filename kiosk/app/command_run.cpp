// `letter-kiosk run` (and `letter-kiosk` alone): the touchscreen kiosk.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <utility>

#include "app/commands.h"
#include "app/staff_services.h"
#include "base/shortened.h"
#include "content/counted.h"
#include "content/shown_path.h"
#include "content/terminal_text.h"
#include "app/letter_engine.h"
#include "install/content_store.h"
#include "letter/checked_pack.h"
#include "letter/letter_request.h"
#include "print/printer_address.h"
#include "print/printer_factory.h"
#include "print/saved_letter_files.h"
#include "store/data_dir.h"
#include "store/event_settings.h"
#include "store/letter_counters.h"
#include "store/staff_lock.h"
#include "ui/display_check.h"
#include "ui/kiosk_window.h"

namespace kiosk::app {
namespace {

struct RunOptions {
    bool content_given = false;  // --content: that folder, never the installed pack
    bool windowed = false;
    std::string size = "1280x800";
    std::filesystem::path ui_tree;
};

void explain_no_display() {
    std::cerr << "letter-kiosk: there is no screen to show the kiosk on (no X display could be opened).\n"
                 "Start it from the desktop session of the kiosk computer, or to try it without a screen:\n"
                 "  xvfb-run -s \"-screen 0 1280x800x24\" letter-kiosk run --windowed\n";
}

int run(const CommonOptions& common, const RunOptions& options) {
    if (const auto refusal = common.refuse_paths()) {
        std::cerr << "letter-kiosk run: " << content::terminal_safe(*refusal) << '\n';
        return BadInput;
    }
    unsigned width = 1280, height = 800;
    if (!parse_window_size(options.size, width, height)) {
        std::cerr << "letter-kiosk run: --size must look like 1280x800, not '"
                  << content::terminal_safe(base::shortened(options.size)) << "'\n";
        return Usage;
    }
    const std::filesystem::path data_dir = store::resolve_data_dir(common.data_dir);
    const auto settings = store::load_event_settings(common.settings_file(), printer_address_problem);
    // Where the staff screen saves: --config when given, else the data folder's file.
    const std::filesystem::path settings_file =
        !common.config_file.empty() ? common.config_file : store::default_settings_file(data_dir);
    if (!settings) {
        std::cerr << "letter-kiosk run: " << content::terminal_safe(settings.error()) << '\n';
        return BadInput;
    }
    // The pack installed with install-content, unless --content names one; else the built-in.
    install::ContentStore content_store(data_dir);
    std::optional<std::filesystem::path> installed;
    if (!options.content_given) installed = content_store.current();
    const std::filesystem::path content_dir = installed ? *installed : common.content_dir;
    auto pack = letter::load_checked_pack(content_dir);
    if (!pack) {
        print_pack_problems(pack.error(), std::cerr);
        std::cerr << "letter-kiosk run: the content pack in "
                  << content::terminal_safe(base::shortened_path(content::shown_path(content_dir))) << " has "
                  << content::counted(pack.error().size(), "problem", "problems") << "; fix them and start again.\n";
        return BadInput;
    }
    if (!ui::can_open_display()) {
        explain_no_display();
        return SystemFailure;
    }

    const auto engine = LetterEngine::create();
    if (!engine) {
        std::cerr << "letter-kiosk run: " << content::terminal_safe(engine.error()) << '\n';
        return SystemFailure;
    }
    content::Pack& loaded = *pack;  // replaced between visits when another pack is installed
    const ui::LetterMaker maker = engine->maker(loaded);

    // Checked already: --printer as it was read, the settings' printer as they were loaded.
    const print::PrinterAddress address =
        print::parse_printer_address(!common.printer.empty() ? common.printer : settings->printer).value();
    print::PrinterChoice choice;
    choice.printer_name = address.queue;
    choice.cups_server = address.server;
    choice.save_dir = !common.save_dir.empty() ? common.save_dir : settings->save_dir;
    // Tests of the failsafe set $LETTER_KIOSK_INJECT_FAULT to make one part throw once.
    const char* fault = std::getenv("LETTER_KIOSK_INJECT_FAULT");
    const std::string inject_fault = fault ? fault : "";
    // Looked up again for every print run, so a CUPS that starts after the kiosk is used.
    auto print_fault = std::make_shared<bool>(inject_fault == "print");
    // Staff may choose another printer on the staff screen: every run reads the choice.
    auto chosen = std::make_shared<ChosenPrinter>(choice);
    const ui::PrinterLookup find_printer = [chosen, print_fault]() -> std::unique_ptr<print::LetterPrinter> {
        if (std::exchange(*print_fault, false)) throw std::runtime_error("fault injected in the print worker for a test");
        return print::make_letter_printer(chosen->get());
    };
    std::cout << "Letter Kiosk: "
              << content::terminal_safe(print::make_letter_printer(choice)->destination_description()) << std::endl;
    // Whatever printer is used today, a save cut short on an earlier day holds a visitor's words.
    if (const std::size_t removed = print::remove_leftover_letters(print::save_folder(choice))) {
        std::cout << "Letter Kiosk: removed " << content::counted(removed, "unfinished saved letter", "unfinished saved letters")
                  << std::endl;
    }

    store::StaffLock lock(data_dir);
    if (!store::has_staff_pin(data_dir)) {
        // Said at every start (stderr goes to the journal): with no PIN, nobody can leave.
        std::cerr << "letter-kiosk: no staff PIN is set, so staff cannot open the staff screen or leave the kiosk. "
                     "Set one on this computer with: letter-kiosk set-pin --data-dir '"
                  << content::terminal_safe(data_dir.string()) << "'\n";
    }
    std::mutex lock_mutex;  // PINs are checked on the pad's thread and changed on the staff worker's
    ui::StaffAccess staff;
    staff.pin_is_set = [data_dir] { return store::has_staff_pin(data_dir); };
    staff.check_pin = [&lock, &lock_mutex](const std::string& pin, ui::flow::Clock::time_point now) {
        using Result = store::StaffLock::Result;
        std::lock_guard<std::mutex> guard(lock_mutex);
        ui::flow::PinChecked checked{ui::flow::PinResult::Rejected, std::chrono::seconds{0}};
        switch (lock.try_pin(pin, now)) {
            case Result::Accepted: checked.result = ui::flow::PinResult::Accepted; break;
            case Result::Rejected: checked.result = ui::flow::PinResult::Rejected; break;
            case Result::LockedOut: checked.result = ui::flow::PinResult::LockedOut; break;
            case Result::NoPinSet: checked.result = ui::flow::PinResult::NoPinSet; break;
        }
        checked.locked_for = lock.locked_for(now);
        if (checked.locked_for.count() > 0) {
            checked.result = ui::flow::PinResult::LockedOut;
            // In the journal, for whoever looks after the kiosk: someone is trying PINs.
            std::cerr << "letter-kiosk: after wrong staff PINs, the PIN pad is locked for " << checked.locked_for.count()
                      << " s more\n";
        }
        return checked;
    };

    store::LetterCounters counters(data_dir);
    // Said at start (stderr goes to the journal): these rows are in counters.csv.damaged-N only.
    for (const std::string& row : counters.unread_rows())
        std::cerr << "letter-kiosk: a count could not be read and was left out: " << content::terminal_safe(row) << '\n';
    std::mutex counters_mutex;  // the staff worker copies them for an export
    ui::LetterCounting counting;
    counting.record = [&counters, &counters_mutex](const ui::flow::CountedLetter& letter) {
        std::lock_guard<std::mutex> guard(counters_mutex);
        const auto outcome = letter.result == ui::flow::LetterResult::Printed ? store::LetterOutcome::Printed
                             : letter.result == ui::flow::LetterResult::Saved ? store::LetterOutcome::Saved
                                                                              : store::LetterOutcome::Failed;
        const auto recorded = counters.record(letter::CalendarDate::today().iso(), letter.recipient_id, letter.state_id, letter.language, outcome);
        if (!recorded) {
            std::cerr << "letter-kiosk: the letter counters could not be saved: "
                      << content::terminal_safe(recorded.error()) << '\n';
        }
    };
    // Campaigns on a stick install into the store the kiosk reads, so only when no
    // --content pins the kiosk to one pack; with a trusted key, only signed ones.
    const auto key = install::trusted_key(*settings);
    if (!key) {
        std::cerr << "letter-kiosk run: " << content::terminal_safe(key.error()) << '\n';
        return BadInput;
    }
    install::InstallOptions stick_install;
    stick_install.trusted_key = *key;
    // From here on the settings in use are the staff screen's to change: a pack reload
    // reads them from this one owner, never from what was loaded at start.
    SettingsInUse settings_in_use(settings_file, *settings);
    const std::unique_ptr<ui::StaffWork> staff_work = make_staff_work(
        {loaded, chosen, settings_in_use, {counters, counters_mutex}, lock, lock_mutex, maker,
         options.content_given ? nullptr : &content_store, settings->stick_folders, stick_install});
    staff.work = staff_work.get();

    ui::KioskOptions kiosk;
    kiosk.windowed = options.windowed;
    kiosk.width = width;
    kiosk.height = height;
    kiosk.ui_tree = options.ui_tree;
    kiosk.screen_dpi = settings->screen_dpi;
    kiosk.flow.idle = settings->idle.value_or(loaded.info.idle);
    kiosk.flow.default_state = settings->default_state;
    kiosk.flow.default_county = settings->default_county;
    kiosk.flow.languages = settings->languages;
    kiosk.paper = settings->paper.value_or(loaded.info.paper);
    kiosk.letter_fonts = {engine->fonts.regular, engine->fonts.bold, engine->fonts.italic};
    kiosk.inject_fault = inject_fault;
    if (const char* frame_log = std::getenv("LETTER_KIOSK_FRAME_LOG")) kiosk.frame_log = frame_log;

    ui::PackReload reload;
    if (!options.content_given) {
        auto in_use = std::make_shared<std::optional<std::filesystem::path>>(installed);
        reload.changed = [&content_store, in_use] { return content_store.current() != *in_use; };
        reload.load = [&content_store, in_use, &loaded, &settings_in_use](ui::KioskOptions& adapted) -> const content::Pack* {
            *in_use = content_store.current();  // a pack that fails to load is not tried again
            if (!*in_use) return nullptr;
            auto next = letter::load_checked_pack(**in_use);
            if (!next) {
                std::cerr << "letter-kiosk: the newly installed pack in " << content::terminal_safe((*in_use)->string())
                          << " does not load; the kiosk keeps the pack it had\n";
                return nullptr;
            }
            loaded = std::move(*next);
            // Staff may have saved settings since the start: the ones in use now apply.
            const store::EventSettings now = settings_in_use.get();
            adapted.flow.idle = now.idle.value_or(loaded.info.idle);
            adapted.flow.default_state = now.default_state;
            adapted.flow.default_county = now.default_county;
            adapted.flow.languages = now.languages;
            adapted.paper = now.paper.value_or(loaded.info.paper);
            std::cout << "Letter Kiosk: now using " << content::terminal_safe(loaded.info.name) << " "
                      << content::terminal_safe(loaded.info.version) << std::endl;
            return &loaded;
        };
    }
    return ui::run_kiosk(loaded, kiosk, maker, find_printer, staff, counting, reload) == 0 ? Success : SystemFailure;
}

}  // namespace

CommandRunner add_run_command(CLI::App& app, CommonOptions& common) {
    auto options = std::make_shared<RunOptions>();
    CLI::App* command = app.add_subcommand(
        "run", "Start the kiosk, fullscreen (the default command). Staff leave it by tapping the top-left "
               "corner five times within three seconds, then entering the staff PIN.");
    common.add_content(*command);
    command->get_option("--content")->description(
        "Content pack folder (default: the pack installed with install-content, else the built-in campaign)");
    common.add_data_dir(*command);
    common.add_printer(*command);
    common.add_save_dir(*command);
    common.add_config(*command);
    command->add_flag("--windowed", options->windowed, "Run in a window instead of fullscreen (development, tests)");
    command->add_option("--size", options->size, "Window size with --windowed, WIDTHxHEIGHT")->capture_default_str();
    if (const char* tree = std::getenv("LETTER_KIOSK_UI_TREE")) options->ui_tree = tree;
    command->add_option("--ui-tree", options->ui_tree,
                        "Keep FILE updated with what the screen shows (its elements and texts) as JSON (also $LETTER_KIOSK_UI_TREE)");
    return [&common, options, command] {
        options->content_given = command->count("--content") > 0;
        return run(common, *options);
    };
}

}  // namespace kiosk::app
