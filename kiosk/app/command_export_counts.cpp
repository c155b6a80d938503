// `letter-kiosk export-counts FILE.csv`: the letter counters as CSV for staff — per day,
// recipient, state and language, how many letters were printed, saved and failed.
// Aggregate only: no names, addresses or words of any visitor are ever in it.
#include <iostream>
#include <memory>

#include "app/commands.h"
#include "content/counted.h"
#include "content/terminal_text.h"
#include "base/atomic_file.h"
#include "store/counts_export.h"
#include "store/data_dir.h"

namespace kiosk::app {
namespace {

int export_to(const CommonOptions& common, const std::filesystem::path& file) {
    const char* name = "letter-kiosk export-counts: ";
    if (const auto refusal = common.refuse_paths()) {
        std::cerr << name << content::terminal_safe(*refusal) << "; nothing was written\n";
        return BadInput;
    }
    if (const auto refusal = base::refuse_to_replace(file)) {
        std::cerr << name << content::terminal_safe(*refusal) << "; nothing was written\n";
        return BadInput;
    }
    // Only reads counters.csv: the kiosk, at its next start, keeps a damaged file's backup.
    const store::LetterCounters counters(store::resolve_data_dir(common.data_dir), store::LetterCounters::ReadOnly{});
    const auto exported = store::export_counts(counters, file);
    if (!exported) {
        std::cerr << name << content::terminal_safe(exported.error()) << "; nothing was written\n";
        return SystemFailure;
    }
    std::cout << "Wrote " << content::counted(std::size_t(exported->rows), "row", "rows") << " to " << content::terminal_safe(file.string()) << ": "
              << exported->total.printed << " printed, " << exported->total.saved << " saved, "
              << exported->total.failed << " failed\n";
    if (counters.unread_rows().empty()) return Success;
    std::cerr << name << content::counted(counters.unread_rows().size(), "row", "rows")
              << " could not be read and are not in the export:\n";
    for (const std::string& row : counters.unread_rows()) std::cerr << "  " << content::terminal_safe(row) << '\n';
    return BadInput;
}

}  // namespace

CommandRunner add_export_counts_command(CLI::App& app, CommonOptions& common) {
    auto file = std::make_shared<std::filesystem::path>();
    CLI::App* command = app.add_subcommand(
        "export-counts", "Write the letter counts (day, recipient, state, language, printed, saved, failed; no names "
                         "or addresses) to a CSV file");
    command->add_option("FILE.csv", *file, "The file to write (replaced whole, never half-written)")->required();
    common.add_data_dir(*command);
    return [&common, file] { return export_to(common, *file); };
}

}  // namespace kiosk::app
