// Which LetterPrinter the kiosk uses: the printer staff named, else the CUPS default
// destination, else saving letters to a folder.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "print/letter_printer.h"

namespace kiosk::print {

struct PrinterChoice {
    std::string printer_name;        // empty: the CUPS default destination, if any
    std::filesystem::path save_dir;  // empty: default_save_folder()
    std::string cups_server;         // empty: what libcups would use (tests name their own cupsd)
};

std::unique_ptr<LetterPrinter> make_letter_printer(const PrinterChoice& choice);

// Where letters are saved when there is no printer: choice.save_dir, else the default.
std::filesystem::path save_folder(const PrinterChoice& choice);

}  // namespace kiosk::print
