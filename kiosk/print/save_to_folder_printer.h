// The fallback when no printer is set up: each letter is saved as a PDF in a folder
// staff can print from later. Files appear whole or not at all (written under a
// temporary name, then renamed) and only the kiosk's user can read them (0600):
// they hold what the visitor typed. Each letter keeps its place in the visit in its
// name ("2-of-3"), on a retry too; a run first removes what a cut-short save left.
#pragma once

#include <filesystem>

#include "print/letter_printer.h"

namespace kiosk::print {

class SaveToFolderPrinter final : public LetterPrinter {
public:
    explicit SaveToFolderPrinter(std::filesystem::path folder) : folder_(std::move(folder)) {}

    std::vector<LetterOutcome> print(const std::vector<Document>& documents,
                                     const std::function<void(const Progress&)>& on_progress) override;

    std::string destination_description() const override;

private:
    std::filesystem::path folder_;
};

// $XDG_DATA_HOME/letter-kiosk/letters, else ~/.local/share/letter-kiosk/letters.
std::filesystem::path default_save_folder();

}  // namespace kiosk::print
