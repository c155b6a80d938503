// `letter-kiosk check-content DIR`: what staff run on their laptop before copying a pack
// to the USB stick. Exit 0 with a short summary, or 1 with every problem as
// `path:line:column: message`, sorted so a file's problems read top to bottom.
#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "app/commands.h"
#include "content/counted.h"
#include "content/terminal_text.h"
#include "letter/checked_pack.h"

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

    // Staff must check these before an event: a letter to a stale address is wasted.
    std::vector<std::string> unverified;
    for (const content::Recipient& recipient : pack.recipients) {
        for (const content::Contact& contact : recipient.contacts) {
            if (contact.verified_on.empty()) unverified.push_back(contact.office + " (" + recipient.id + (contact.state.empty() ? "" : ", " + contact.state) + ")");
        }
    }
    if (unverified.empty()) {
        out << "Every contact is verified.\n";
    } else {
        out << "Contacts not verified (check them before the event):\n";
        for (const std::string& office : unverified) out << "  " << terminal_safe(office) << "\n";
    }
}

}  // namespace

CommandRunner add_check_content_command(CLI::App& app, CommonOptions&) {
    auto* command = app.add_subcommand("check-content", "Check a content pack folder and summarise it, or list every problem "
                                                        "as path:line:column: message (exit 1)");
    auto folder = std::make_shared<std::filesystem::path>();
    command->add_option("DIR", *folder, "The content pack folder")->required();
    return [folder] {
        auto pack = letter::load_checked_pack(*folder);
        if (!pack) {
            print_pack_problems(pack.error(), std::cerr);
            return BadInput;
        }
        print_summary(*pack, std::cout);
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
