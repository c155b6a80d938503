#include "content/pack_loader.h"

#include <algorithm>
#include <optional>
#include <set>
#include <system_error>

#include "base/shortened.h"
#include "content/contacts_reader.h"
#include "content/language_problems.h"
#include "content/look_alike_names.h"
#include "content/pack_folder.h"
#include "content/pack_info_reader.h"
#include "content/reasons_reader.h"
#include "content/recipients_reader.h"
#include "content/required_strings.h"
#include "content/shown_path.h"
#include "content/states_reader.h"
#include "content/strings_reader.h"
#include "content/templates_reader.h"
#include "content/yaml_document.h"
#include "content/zips_reader.h"

namespace kiosk::content {

namespace fs = std::filesystem;

namespace {

std::optional<Problem> refuse_pack_folder(const fs::path& folder) {
    std::error_code error;
    const fs::file_status status = fs::status(folder, error);
    // The folder as staff typed it, of any length (one the system can open is at most 4 KB).
    const std::string shown = base::shortened_path(shown_path(folder));
    if (status.type() == fs::file_type::not_found) return Problem{shown, 0, 0, "no such folder"};
    if (error) return Problem{shown, 0, 0, "cannot be read: " + error.message()};
    if (!fs::is_directory(status)) {
        return Problem{shown_path(folder), 0, 0,
                       "is not a folder; a content pack is a folder holding pack.yaml, recipients.yaml and the rest"};
    }
    return std::nullopt;
}

bool is_required_key(const std::string& key) {
    const auto& required = required_string_keys();
    return std::find(required.begin(), required.end(), key) != required.end();
}

// A key present in one language's strings but not in another's, reported in the file
// that lacks it and pointing at the file that has it. Required keys are left out: the
// strings reader reports those already.
void check_same_keys(const fs::path& root, const std::map<LanguageCode, StringsFile>& files,
                     std::vector<Problem>& problems) {
    for (const auto& [language, file] : files) {
        FileProblems here(shown_path(root, fs::path("strings") / (language + ".yaml")), problems);
        std::set<std::string> reported;
        for (const auto& [other_language, other] : files) {
            if (other_language == language) continue;
            for (const auto& [key, mark] : other.key_marks) {
                if (file.key_marks.count(key) || is_required_key(key) || !reported.insert(key).second) continue;
                here.add(file.strings_mark, "key '" + key + "' is missing here; strings/" + other_language +
                                                ".yaml has it on line " + std::to_string(mark.line + 1));
            }
        }
    }
}

void read_all_strings(const fs::path& root, const std::vector<LanguageCode>& languages, Pack& pack,
                      std::vector<Problem>& problems) {
    const fs::path folder = "strings";
    std::set<std::string> listed;
    const std::size_t problems_before = problems.size();
    const std::vector<std::string> names = list_pack_folder(root, folder, ".yaml", problems);
    // A missing or unreadable folder is one problem, not one per language.
    if (problems.size() != problems_before) return;
    for (const std::string& name : names) {
        const std::string language = name.substr(0, name.size() - 5);
        listed.insert(language);
        if (!languages.empty() && std::find(languages.begin(), languages.end(), language) == languages.end()) {
            problems.push_back({shown_path(root, folder / name), 0, 0,
                                "'" + language + "' is not one of the pack's languages in pack.yaml; add it there or remove this file",
                                language});
        }
    }
    std::map<LanguageCode, StringsFile> files;
    for (const LanguageCode& language : languages) {
        const fs::path relative = folder / (language + ".yaml");
        if (!listed.count(language)) {
            problems.push_back({shown_path(root, relative), 0, 0,
                                "file missing: every language in pack.yaml needs its strings file"});
            continue;
        }
        const auto document = load_yaml_file(root, relative, problems);
        if (!document) continue;
        FileProblems file_problems(shown_path(root, relative), problems);
        StringsFile file = read_strings(*document, file_problems);
        pack.language_rules[language] = file.rules;
        pack.strings[language] = file.strings;
        files.emplace(language, std::move(file));
    }
    check_same_keys(root, files, problems);
}

}  // namespace

tl::expected<Pack, std::vector<Problem>> load_pack(const fs::path& folder) {
    if (auto refusal = refuse_pack_folder(folder)) return tl::unexpected(std::vector<Problem>{*refusal});
    // Opened once for the whole pack: every list of names a visitor reads is checked with it.
    const auto skeletons = NameSkeletons::open();
    if (!skeletons) {
        return tl::unexpected(std::vector<Problem>{
            {shown_path(folder), 0, 0, "its names cannot be checked for look-alikes: " + skeletons.error()}});
    }

    std::vector<Problem> problems;
    Pack pack;
    pack.root = fs::absolute(folder);
    pack.shown_root = folder;
    auto problems_in = [&](const char* file) { return FileProblems(shown_path(folder, file), problems); };

    Problem languages_list{shown_path(folder, "pack.yaml"), 0, 0, ""};
    if (const auto document = load_yaml_file(folder, "pack.yaml", problems)) {
        FileProblems file = problems_in("pack.yaml");
        PackInfoFile info = read_pack_info(*document, folder, file);
        pack.info = std::move(info.info);
        pack.branding = std::move(info.branding);
        pack.follow_ups = std::move(info.follow_ups);
        languages_list.line = info.languages_mark.line + 1;
        languages_list.column = info.languages_mark.column + 1;
    }
    const std::vector<LanguageCode>& languages = pack.info.languages;  // empty when unreadable

    // Other files are checked against states.yaml and recipients.yaml only when those
    // read without a problem: one mistake there (a state's name left out, a misspelt
    // recipient id) would otherwise also make every contact, ZIP code or template that
    // names it "unknown", and bury the real mistake among them.
    const std::vector<State>* known_states = nullptr;
    if (const auto document = load_yaml_file(folder, "states.yaml", problems)) {
        FileProblems file = problems_in("states.yaml");
        pack.states = read_states(*document, languages, *skeletons, file);
        if (!file.any()) known_states = &pack.states;
    }
    pack.zips = load_zips(folder, known_states, problems);

    std::optional<std::vector<std::string>> recipient_ids;
    if (const auto document = load_yaml_file(folder, "recipients.yaml", problems)) {
        FileProblems file = problems_in("recipients.yaml");
        RecipientsFile recipients = read_recipients(*document, languages, known_states, *skeletons, file);
        pack.recipients = std::move(recipients.recipients);
        load_contacts_csv_files(folder, recipients, !file.any(), pack.recipients, known_states, problems);
        if (!file.any()) recipient_ids = std::move(recipients.ids);
    }

    if (const auto document = load_yaml_file(folder, "reasons.yaml", problems)) {
        FileProblems file = problems_in("reasons.yaml");
        Reasons reasons = read_reasons(*document, languages, *skeletons, file);
        pack.grounds = std::move(reasons.grounds);
        pack.conditions = std::move(reasons.conditions);
    }

    read_all_strings(folder, languages, pack, problems);
    pack.templates = read_templates(folder, recipient_ids ? &*recipient_ids : nullptr, languages, problems);
    if (!languages.empty()) fold_unknown_languages(problems, folder, languages_list, languages);

    if (!problems.empty()) return tl::unexpected(std::move(problems));
    return pack;
}

}  // namespace kiosk::content
