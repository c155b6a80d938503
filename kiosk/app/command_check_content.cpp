// `letter-kiosk check-content DIR`: what staff run on their laptop before copying a pack
// to the USB stick. Exit 0 with a short summary, or 1 with every problem as
// `path:line:column: message`, sorted so a file's problems read top to bottom.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "app/commands.h"
#include "content/counted.h"
#include "content/contact_warnings.h"
#include "content/terminal_text.h"
#include "letter/checked_pack.h"
#include "letter/letter_request.h"

namespace kiosk::app {

namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const std::string& item : items) text += (text.empty() ? "" : ", ") + item;
    return text;
}

// Everything shown comes from the pack, so each text is made safe for the terminal.
void print_summary(const content::Pack& pack, std::ostream& out) {
    using content::terminal_safe;
    const content::PackInfo& info = pack.info;
    out << terminal_safe(info.name) << " " << terminal_safe(info.version) << " (" << terminal_safe(info.organisation)
        << ")\n";

    std::vector<std::string> languages;
    for (const content::LanguageCode& code : info.languages) {
        languages.push_back(terminal_safe(code + " (" + pack.language_rules.at(code).name + ")"));
    }
    out << "Languages: " << joined(languages) << "\n";

    std::size_t counties = 0;
    for (const content::State& state : pack.states) counties += state.counties.size();
    using content::counted;
    out << counted(pack.recipients.size(), "recipient", "recipients") << ", "
        << counted(pack.states.size(), "state", "states") << " / " << counted(counties, "county", "counties") << ", "
        << counted(pack.grounds.size(), "ground", "grounds") << ", "
        << counted(pack.conditions.size(), "condition", "conditions") << "\n";
    if (!pack.zips.empty()) out << counted(pack.zips.size(), "ZIP code", "ZIP codes") << " (zips.csv)\n";
    out << "Contacts last verified on " << terminal_safe(info.contacts_verified_on) << "\n";
}

}  // namespace

CommandRunner add_check_content_command(CLI::App& app, CommonOptions&) {
    auto* command = app.add_subcommand("check-content", "Check a content pack folder and summarise it, or list every problem "
                                                        "as path:line:column: message (exit 1)");
    auto folder = std::make_shared<std::filesystem::path>();
    auto date = std::make_shared<std::string>();
    command->add_option("DIR", *folder, "The content pack folder")->required();
    add_date_option(*command, *date, "The kiosk's date, YYYY-MM-DD, for the terms that have ended (default: today)");
    return [folder, date] {
        auto pack = letter::load_checked_pack(*folder);
        if (!pack) {
            print_pack_problems(pack.error(), std::cerr);
            return BadInput;
        }
        print_summary(*pack, std::cout);
        // Staff must look at these before an event; they do not stop the pack being used.
        const std::string today = date->empty() ? letter::CalendarDate::today().iso() : *date;
        for (const content::Problem& warning : content::contact_warnings(*pack, today)) {
            std::cout << warning.to_string() << "\n";
        }
        return Success;
    };
}

void print_pack_problems(std::vector<content::Problem> problems, std::ostream& out) {
    std::stable_sort(problems.begin(), problems.end(), [](const content::Problem& a, const content::Problem& b) {
        return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    });
    for (const content::Problem& problem : problems) out << problem.to_string() << "\n";
}

}  // namespace kiosk::app
