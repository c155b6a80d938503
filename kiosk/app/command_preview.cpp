// `letter-kiosk preview PACK OUTDIR`: what a pack prints and shows, on a staff laptop,
// before the event: a letter per recipient and language as PDF, and the visitor's
// screens in each language as PNG (drawn under a private Xvfb when there is no display).
#include <chrono>
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "app/commands.h"
#include "app/letter_engine.h"
#include "app/preview_folder.h"
#include "base/shortened.h"
#include "content/counted.h"
#include "content/shown_path.h"
#include "content/terminal_text.h"
#include "letter/checked_pack.h"
#include "ui/display_check.h"
#include "ui/flow/letter_requests.h"
#include "ui/flow/sample_visit.h"
#include "ui/private_display.h"
#include "ui/screen_preview.h"

namespace kiosk::app {

namespace {

namespace fs = std::filesystem;
using content::terminal_safe;
namespace flow = ui::flow;

struct PreviewOptions {
    fs::path pack;
    fs::path out;
    std::string size = "1280x800";
};

// One line of preview.txt: what a file shows.
struct Made {
    std::string file;
    std::string what;
};

std::string today() {
    const std::time_t now = std::time(nullptr);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", std::localtime(&now));
    return text;
}

std::string place_name(const content::Pack& pack, const flow::SamplePlace& place, const content::LanguageCode& language) {
    const content::State* state = pack.find_state(place.state);
    if (!state) return "no state";
    const std::string name = state->name.in(language, pack.default_language());
    return (place.county.empty() ? "" : place.county + ", ") + name + " (" + state->id + ")";
}

// Writes the letters; prints progress; fails with a sentence.
tl::expected<std::vector<Made>, std::string> write_letters(const content::Pack& pack, const ui::LetterMaker& maker,
                                                           const fs::path& folder) {
    std::vector<Made> made;
    const std::size_t total = pack.recipients.size() * pack.info.languages.size();
    for (const content::Recipient& recipient : pack.recipients) {
        const flow::SamplePlace place = flow::sample_place(pack, recipient);
        for (const content::LanguageCode& language : pack.info.languages) {
            const std::string file = recipient.id + "." + language + ".pdf";
            std::cout << "Letter " << made.size() + 1 << " of " << total << ": " << terminal_safe(recipient.id)
                      << " in " << terminal_safe(language) << ", from " << terminal_safe(place_name(pack, place, language))
                      << " …" << std::endl;
            const flow::Visit visit = flow::sample_visit(pack, {recipient.id}, place, language);
            const letter::LetterRequest request = flow::letter_requests(visit, pack.info.paper).front();
            const auto layout = maker.lay_out(request);
            if (!layout) return tl::make_unexpected("the " + file + " letter cannot be made: " + layout.error());
            const auto bytes = maker.write_pdf(*layout);
            if (!bytes) return tl::make_unexpected("the " + file + " letter cannot be made: " + bytes.error());
            std::ofstream out(folder / file, std::ios::binary);
            out.write(reinterpret_cast<const char*>(bytes->data()), static_cast<std::streamsize>(bytes->size()));
            if (!out.flush()) return tl::make_unexpected("cannot write " + (folder / file).string());
            std::string reasons;
            for (const std::string& id : visit.reasons) reasons += (reasons.empty() ? "" : ", ") + id;
            made.push_back({file, recipient.label.in(language, pack.default_language()) + ", from " +
                                      place_name(pack, place, language) + "; reasons: " + reasons});
        }
    }
    return made;
}

// Draws the screens (on a private display when there is none); prints progress.
tl::expected<std::vector<Made>, std::string> write_screens(const content::Pack& pack, const LetterEngine& engine,
                                                           unsigned width, unsigned height, const fs::path& folder) {
    std::unique_ptr<ui::PrivateDisplay> display;
    if (!ui::can_open_display()) {
        auto started = ui::PrivateDisplay::start(width, height);
        if (!started) return tl::make_unexpected(started.error());
        display = std::move(*started);
    }
    const auto preview =
        ui::ScreenPreview::create(pack, {engine.fonts.regular, engine.fonts.bold, engine.fonts.italic},
                                  engine.maker(pack), width, height);
    if (!preview) return tl::make_unexpected(preview.error());
    std::vector<Made> made;
    const auto& screens = ui::previewed_screens();
    const std::size_t total = screens.size() * pack.info.languages.size();
    for (const content::LanguageCode& language : pack.info.languages) {
        for (std::size_t i = 0; i < screens.size(); ++i) {
            const std::string name = flow::screen_name(screens[i]);
            const std::string file = std::to_string(i + 1) + "-" + name + "." + language + ".png";
            std::cout << "Screen " << made.size() + 1 << " of " << total << ": " << name << " in "
                      << terminal_safe(language) << " …" << std::endl;
            if (auto saved = (*preview)->save(screens[i], language, folder / file); !saved) {
                return tl::make_unexpected(saved.error());
            }
            made.push_back({file, name + " screen, " + std::to_string(width) + "x" + std::to_string(height)});
        }
    }
    return made;
}

bool write_index(const fs::path& file, const content::Pack& pack, const fs::path& pack_folder,
                 const std::vector<Made>& letters, const std::vector<Made>& screens) {
    std::ofstream out(file);
    out << "Letter Kiosk preview of " << pack.info.name << " " << pack.info.version << " (" << pack.info.organisation
        << "), made " << today() << "\n"
        << "Pack: " << content::shown_path(pack_folder) << "\n"
        << "The sender is made up: Sample Name, 1 Sample Street, Sampletown 00000.\n\n"
        << "Letters (" << PreviewFolder::letters_folder << "/):\n";
    for (const Made& made : letters) out << "  " << made.file << "  " << made.what << "\n";
    out << "\nScreens (" << PreviewFolder::screens_folder << "/):\n";
    for (const Made& made : screens) out << "  " << made.file << "  " << made.what << "\n";
    return static_cast<bool>(out.flush());
}

int run_preview(const PreviewOptions& options) {
    unsigned width = 0, height = 0;
    if (!parse_window_size(options.size, width, height)) {
        std::cerr << "letter-kiosk preview: --size must look like 1280x800, not '"
                  << terminal_safe(base::shortened(options.size)) << "'\n";
        return Usage;
    }
    auto pack = letter::load_checked_pack(options.pack);
    if (!pack) {
        print_pack_problems(pack.error(), std::cerr);
        std::cerr << "letter-kiosk preview: the pack has "
                  << content::counted(pack.error().size(), "problem", "problems")
                  << " (as check-content lists them); nothing was written\n";
        return BadInput;
    }
    auto folder = PreviewFolder::open(options.out);
    if (!folder) {
        std::cerr << "letter-kiosk preview: " << terminal_safe(folder.error()) << '\n';
        return BadInput;
    }
    const auto engine = LetterEngine::create();
    if (!engine) {
        std::cerr << "letter-kiosk preview: " << terminal_safe(engine.error()) << '\n';
        return SystemFailure;
    }
    const fs::path& staging = folder->staging();
    const auto letters = write_letters(*pack, engine->maker(*pack), staging / PreviewFolder::letters_folder);
    if (!letters) {
        std::cerr << "letter-kiosk preview: " << terminal_safe(letters.error()) << "; nothing was written\n";
        return SystemFailure;
    }
    const auto screens = write_screens(*pack, *engine, width, height, staging / PreviewFolder::screens_folder);
    if (!screens) {
        std::cerr << "letter-kiosk preview: " << terminal_safe(screens.error()) << "; nothing was written\n";
        return SystemFailure;
    }
    if (!write_index(staging / PreviewFolder::index_file, *pack, options.pack, *letters, *screens)) {
        std::cerr << "letter-kiosk preview: cannot write " << terminal_safe(staging.string()) << "; nothing was written\n";
        return SystemFailure;
    }
    if (auto placed = folder->put_in_place(); !placed) {
        std::cerr << "letter-kiosk preview: " << terminal_safe(placed.error()) << "; nothing was written\n";
        return SystemFailure;
    }
    const std::string out = content::shown_path(options.out);
    std::cout << "Preview of " << terminal_safe(pack->info.name) << " in " << terminal_safe(out) << ": "
              << content::counted(letters->size(), "letter", "letters") << " in " << terminal_safe(out) << "/"
              << PreviewFolder::letters_folder << ", "
              << content::counted(screens->size(), "screen", "screens") << " in " << terminal_safe(out) << "/"
              << PreviewFolder::screens_folder << "; " << PreviewFolder::index_file << " lists them.\n";
    return Success;
}

}  // namespace

CommandRunner add_preview_command(CLI::App& app, CommonOptions&) {
    auto options = std::make_shared<PreviewOptions>();
    CLI::App* command = app.add_subcommand(
        "preview", "Check a content pack, then write what it prints and shows into OUTDIR: a letter per recipient "
                   "and language (PDF, from a made-up sender) and the visitor's screens in each language (PNG). "
                   "OUTDIR must be new, empty, or an earlier preview, which is replaced");
    command->add_option("PACK", options->pack, "The content pack folder")->required();
    command->add_option("OUTDIR", options->out, "The folder to write the preview in")->required();
    command->add_option("--size", options->size, "Screen size, WIDTHxHEIGHT (the kiosk's touchscreen)")
        ->capture_default_str();
    return [options] { return run_preview(*options); };
}

}  // namespace kiosk::app
