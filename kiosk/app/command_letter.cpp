// `letter-kiosk letter`: renders one letter headlessly, for staff, automation and tests.

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "app/commands.h"
#include "app/letter_engine.h"
#include "base/atomic_file.h"
#include "base/shortened.h"
#include "content/closest_name.h"
#include "content/shown_path.h"
#include "content/terminal_text.h"
#include "content/text_limits.h"
#include "letter/checked_pack.h"
#include "letter/letter_composer.h"

namespace kiosk::app {

namespace {

struct LetterOptions {
    bool content_given = false;  // --content was on the command line (else the built-in pack)
    std::string recipient;
    std::string state;
    std::string county;
    std::vector<std::string> reasons;
    std::string name;
    std::string address;
    std::string language;
    std::string paper;
    bool no_own_words = false;
    std::string date;
    std::string out;
};

// "--address" lines are separated by newlines, a typed "\n", or "; ".
std::vector<std::string> address_lines(const std::string& address) {
    std::vector<std::string> lines;
    std::string line;
    auto finish = [&] {
        const auto first = line.find_first_not_of(' ');
        const auto last = line.find_last_not_of(' ');
        if (first != std::string::npos) lines.push_back(line.substr(first, last - first + 1));
        line.clear();
    };
    for (std::size_t i = 0; i < address.size(); ++i) {
        if (address[i] == '\n') {
            finish();
        } else if (address.compare(i, 2, "\\n") == 0 || address.compare(i, 2, "; ") == 0) {
            finish();
            ++i;
        } else {
            line += address[i];
        }
    }
    finish();
    return lines;
}

// The town is the last address line up to its first comma: "Columbia, MO 65201" → "Columbia".
std::string town_of(const std::vector<std::string>& lines) {
    if (lines.size() < 2) return "";
    const std::string& last = lines.back();
    const auto comma = last.find(',');
    return comma == std::string::npos ? "" : last.substr(0, comma);
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
    return out;
}

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

// Counties whose name contains what was typed ("boone" -> "Boone County"), else the
// one a typo away.
std::vector<std::string> close_counties(const std::string& typed, const std::vector<std::string>& counties) {
    std::vector<std::string> close;
    const std::string needle = lowercase(typed);
    for (const auto& county : counties) {
        if (!needle.empty() && lowercase(county).find(needle) != std::string::npos) close.push_back(county);
    }
    if (close.empty()) {
        if (auto typo = content::closest_name(typed, counties)) close.push_back(*typo);
    }
    if (close.size() > 8) close.resize(8);
    return close;
}

// What is wrong with the visitor's own words (--name, --address), or empty. They get
// the pack's limits for names and address lines (content/text_limits.h): longer ones
// could not print.
std::string sender_problem(const std::string& name, const std::vector<std::string>& address) {
    constexpr std::size_t most_address_lines = 6;
    const auto check = [](const char* option, const std::string& text) -> std::string {
        if (content::terminal_safe(text) != text) {
            return std::string(option) + ": only printable text, with no control characters";
        }
        if (const std::size_t characters = content::character_count(text); characters > content::max_line_characters) {
            return std::string(option) + ": at most " + std::to_string(content::max_line_characters) +
                   " characters a line, not " + std::to_string(characters);
        }
        return {};
    };
    if (auto problem = check("--name", name); !problem.empty()) return problem;
    if (address.size() > most_address_lines) {
        return "--address: at most " + std::to_string(most_address_lines) + " lines, not " +
               std::to_string(address.size());
    }
    for (const std::string& line : address) {
        if (auto problem = check("--address", line); !problem.empty()) return problem;
    }
    return {};
}

// "no state "IL" in the built-in pack (content/default, Write for Compassionate
// Release), which has MO, KS, NE, AR; name yours with --content DIR": which pack was
// asked, since without --content it is the built-in one, whatever staff meant.
std::string not_in_pack(const std::string& what, const content::Pack& pack, const LetterOptions& options,
                        const std::vector<std::string>& it_has) {
    const std::string folder = content::shown_path(pack.shown_root);
    return what + " in " +
           (options.content_given ? "the pack in " + folder + " (" + pack.info.name + ")"
                                  : "the built-in pack (" + folder + ", " + pack.info.name + ")") +
           ", which has " + joined(it_has) + (options.content_given ? "" : "; name yours with --content DIR");
}

// Checks what the visitor-side options name against the pack, with messages that
// say what is wrong and what would be right. Empty when all is well.
std::string request_problem(const content::Pack& pack, const LetterOptions& options) {
    const content::Recipient* recipient = pack.find_recipient(options.recipient);
    if (!recipient) {
        std::vector<std::string> ids;
        for (const auto& r : pack.recipients) ids.push_back(r.id);
        return "--recipient: " + not_in_pack("no recipient \"" + base::shortened(options.recipient) + "\"" +
                                                 content::did_you_mean(options.recipient, ids),
                                             pack, options, ids);
    }
    const content::State* state = pack.find_state(options.state);
    if (!state) {
        std::vector<std::string> ids;
        for (const auto& s : pack.states) ids.push_back(s.id);
        return "--state: " + not_in_pack("no state \"" + base::shortened(options.state) + "\"" +
                                             content::did_you_mean(options.state, ids),
                                         pack, options, ids);
    }
    if (recipient->level == content::RecipientLevel::County) {
        if (options.county.empty()) {
            return "--county: \"" + recipient->id + "\" writes to a county official; name the county in " + state->id +
                   " (e.g. --county \"" + state->counties.front() + "\")";
        }
        if (std::find(state->counties.begin(), state->counties.end(), options.county) == state->counties.end()) {
            const auto close = close_counties(options.county, state->counties);
            return "--county: no county \"" + base::shortened(options.county) + "\" in " + state->id +
                   (close.empty() ? std::string{} : "; did you mean: " + joined(close));
        }
    }
    for (const auto& id : options.reasons) {
        if (pack.find_reason(id)) continue;
        std::vector<std::string> ids;
        for (const auto& reason : pack.grounds) ids.push_back(reason.id);
        for (const auto& reason : pack.conditions) ids.push_back(reason.id);
        return "--condition: unknown ground or condition \"" + base::shortened(id) + "\"" +
               content::did_you_mean(id, ids) + "; valid: " + joined(ids);
    }
    if (!options.language.empty() &&
        std::find(pack.info.languages.begin(), pack.info.languages.end(), options.language) == pack.info.languages.end()) {
        return "--lang: the pack has no language \"" + base::shortened(options.language) +
               "\"; valid: " + joined(pack.info.languages);
    }
    return {};
}

int run_letter(const CommonOptions& common, const LetterOptions& options) {
    // Before any work: a letter must never replace a pipe, a device or a folder.
    if (options.out != "-") {
        if (const auto refusal = base::refuse_to_replace(options.out)) {
            std::cerr << "letter-kiosk letter: --out: " << content::terminal_safe(*refusal) << '\n';
            return BadInput;
        }
    }
    auto pack = letter::load_checked_pack(common.content_dir);
    if (!pack) {
        print_pack_problems(pack.error(), std::cerr);
        return BadInput;
    }
    const std::vector<std::string> sender_address = address_lines(options.address);
    if (const auto problem = sender_problem(options.name, sender_address); !problem.empty()) {
        std::cerr << "letter-kiosk letter: " << problem << '\n';
        return BadInput;
    }
    if (const auto problem = request_problem(*pack, options); !problem.empty()) {
        std::cerr << "letter-kiosk letter: " << content::terminal_safe(problem) << '\n';
        return BadInput;
    }

    letter::LetterRequest request;
    request.recipient_id = options.recipient;
    request.state_id = options.state;
    request.county = options.county;
    request.reason_ids = options.reasons;
    request.sender.name = options.name;
    request.sender.address_lines = sender_address;
    request.sender.town = town_of(request.sender.address_lines);
    request.language = options.language;
    request.paper = options.paper.empty() ? pack->info.paper
                    : options.paper == "a4" ? content::PaperSize::A4
                                            : content::PaperSize::Letter;
    request.own_words_box = !options.no_own_words;
    if (!options.date.empty()) request.date = letter::CalendarDate::from_iso(options.date);

    const auto composed = letter::compose_letter(*pack, request);
    if (!composed) {
        std::cerr << "letter-kiosk letter: " << content::terminal_safe(composed.error()) << '\n';
        return BadInput;
    }
    const auto engine = LetterEngine::create();
    if (!engine) {
        std::cerr << "letter-kiosk letter: " << content::terminal_safe(engine.error()) << '\n';
        return SystemFailure;
    }
    const auto bytes = engine->writer->try_write(engine->layout->lay_out(*composed, request.paper));
    if (!bytes) {
        std::cerr << "letter-kiosk letter: could not make the PDF: " << content::terminal_safe(bytes.error()) << '\n';
        return SystemFailure;
    }

    if (options.out == "-") {
        std::cout.write(reinterpret_cast<const char*>(bytes->data()), static_cast<std::streamsize>(bytes->size()));
        if (!std::cout.flush()) {
            std::cerr << "letter-kiosk letter: cannot write to standard output\n";
            return SystemFailure;
        }
        return Success;
    }
    // A typo in --out should not quietly create folders.
    const std::filesystem::path out(options.out);
    std::error_code not_a_folder;
    if (const auto folder = out.parent_path();
        !folder.empty() && !std::filesystem::is_directory(folder, not_a_folder)) {
        std::cerr << "letter-kiosk letter: cannot write " << content::terminal_safe(base::shortened_path(options.out))
                  << ": no folder " << content::terminal_safe(base::shortened_path(folder.string())) << '\n';
        return SystemFailure;
    }
    const std::string_view pdf(reinterpret_cast<const char*>(bytes->data()), bytes->size());
    if (const auto written = base::write_file_atomically(out, pdf, 0644); !written) {
        std::cerr << "letter-kiosk letter: " << content::terminal_safe(written.error()) << '\n';
        return SystemFailure;
    }
    return Success;
}

}  // namespace

CommandRunner add_letter_command(CLI::App& app, CommonOptions& common) {
    auto options = std::make_shared<LetterOptions>();
    CLI::App* command = app.add_subcommand("letter", "Render one letter to a PDF file, without the touch screen");
    CLI::Option* content = common.add_content(*command);
    command->add_option("--recipient", options->recipient, "Recipient id (president, governor, ...)")->required();
    command->add_option("--state", options->state, "State postal code (MO, KS, ...)")->required();
    command->add_option("--county", options->county, "County name, for county officials (\"Boone County\")");
    command->add_option("--condition", options->reasons, "Ground or condition id; repeat for several");
    command->add_option("--name", options->name, "Sender's name (default: a blank line to print by hand)");
    command->add_option("--address", options->address, "Sender's address; lines separated by \"\\n\" or \"; \"");
    command->add_option("--lang", options->language, "Language code (default: the pack's first language)");
    command->add_option("--paper", options->paper, "Paper size (default: the pack's)")
        ->check(CLI::IsMember({"letter", "a4"}));
    command->add_flag("--no-own-words", options->no_own_words, "Leave out the ruled \"In my own words\" box");
    add_date_option(*command, options->date, "Date the letter with this day, YYYY-MM-DD (default: today)");
    command->add_option("--out", options->out, "PDF file to write, or - for standard output")->required();
    return [&common, options, content] {
        options->content_given = content->count() > 0;
        return run_letter(common, *options);
    };
}

}  // namespace kiosk::app
