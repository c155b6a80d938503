// Event settings: what staff set for one event (printer, default place, paper, idle
// times, languages shown, screen DPI, the key packs must be signed with, where sticks
// are mounted), from a small YAML file. Everything is optional;
// what is left out comes from the content pack or the built-in defaults. Every key, its
// type, bounds and owner are in store/settings_schema.h: a member added here is read and
// written only once it has its row there.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "content/pack.h"

namespace kiosk::store {

struct EventSettings {
    std::string printer;              // a print::PrinterAddress as written: QUEUE or QUEUE@HOST:PORT; empty: the CUPS default
    std::filesystem::path save_dir;   // letters go here when there is no printer
    std::string default_state;        // preselected on the Where screen
    std::string default_county;
    std::optional<content::PaperSize> paper;
    std::optional<content::IdleTimes> idle;
    std::vector<std::string> languages;  // shown on screen; empty: all of the pack's
    // Dots per inch, for 15 mm touch targets; none: measured from the panel's size.
    std::optional<float> screen_dpi;
    // A minisign public key file: when set, only packs signed with it install. A
    // relative path is taken from the settings file's folder.
    std::filesystem::path trusted_key;
    std::vector<std::filesystem::path> stick_folders;  // where sticks are mounted; empty: the defaults
};

// Where the staff screen keeps the settings when no --config file was given.
std::filesystem::path default_settings_file(const std::filesystem::path& data_dir);

// What the staff screen saves: rewrites in `file` only the keys staff own (printer,
// default place, paper, idle times, languages), from `settings`, and keeps every other
// key exactly as the file has it: the file-only ones (trusted_key, stick_folders, ...),
// keys of a later version, keys it does not know. A key staff own that has its default
// is left out. Atomic (old or new after a power cut); comments of the file are lost.
// Refuses, changing nothing, when the file is there but cannot be read as settings:
// rewriting it would lose the keys it holds.
tl::expected<void, std::string> save_event_settings(const std::filesystem::path& file, const EventSettings& settings);

// What is wrong with a `printer:` value, "" when nothing is. The caller passes the print
// module's reading of a printer address (the store does not depend on that module).
using PrinterCheck = std::function<std::string(const std::string&)>;

// An empty path gives the defaults. Only a regular file of at most 64 KB is read (a named
// pipe is refused, not waited on). Errors read "file:line:column: message", the message
// from the schema's sentence for the key. A key the schema does not have is refused (a
// misspelt `trusted_key` must not quietly turn signature checking off). With a
// `check_printer`, a `printer:` it finds fault with is refused there too.
tl::expected<EventSettings, std::string> load_event_settings(const std::filesystem::path& file,
                                                             const PrinterCheck& check_printer = {});

}  // namespace kiosk::store
