#include "print/printer_factory.h"

#include "print/cups_destinations.h"
#include "print/cups_letter_printer.h"
#include "print/save_to_folder_printer.h"

namespace kiosk::print {

std::unique_ptr<LetterPrinter> make_letter_printer(const PrinterChoice& choice) {
    CupsSettings settings;
    settings.server = choice.cups_server;
    settings.printer_name = choice.printer_name;
    if (!settings.printer_name.empty()) return std::make_unique<CupsLetterPrinter>(std::move(settings));

    // With no scheduler answering there is no default to find: save rather than fail.
    const auto found = default_destination(choice.cups_server);
    if (found && *found) {
        settings.printer_name = **found;
        return std::make_unique<CupsLetterPrinter>(std::move(settings));
    }
    return std::make_unique<SaveToFolderPrinter>(save_folder(choice));
}

std::filesystem::path save_folder(const PrinterChoice& choice) {
    return choice.save_dir.empty() ? default_save_folder() : choice.save_dir;
}

}  // namespace kiosk::print
