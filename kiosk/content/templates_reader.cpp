#include "content/templates_reader.h"

#include <algorithm>

#include "content/closest_name.h"
#include "content/pack_folder.h"
#include "content/shown_path.h"
#include "content/text_file.h"
#include "content/text_limits.h"

namespace kiosk::content {

namespace fs = std::filesystem;

namespace {

const std::string extension = ".mustache";

bool contains(const std::vector<std::string>& items, const std::string& item) {
    return std::find(items.begin(), items.end(), item) != items.end();
}

}  // namespace

Templates read_templates(const fs::path& root, const std::vector<std::string>* recipient_ids,
                         const std::vector<LanguageCode>& languages, std::vector<Problem>& problems) {
    Templates templates;
    const fs::path folder = "templates";
    const std::size_t problems_before = problems.size();
    const std::vector<std::string> names = list_pack_folder(root, folder, extension, problems);
    // A missing or unreadable folder is one problem, not one per template.
    const bool folder_readable = problems.size() == problems_before;
    for (const std::string& name : names) {
        const std::string file = shown_path(root, folder / name);
        const std::string stem = name.substr(0, name.size() - extension.size());
        const auto dot = stem.find('.');
        if (dot == std::string::npos || stem.find('.', dot + 1) != std::string::npos) {
            problems.push_back({file, 0, 0, "a template's name should be <recipient>.<language>.mustache, like governor.en.mustache"});
            continue;
        }
        const std::string recipient = stem.substr(0, dot);
        const std::string language = stem.substr(dot + 1);
        if (recipient_ids && !contains(*recipient_ids, recipient)) {
            problems.push_back({file, 0, 0, "there is no recipient '" + recipient + "' in recipients.yaml" +
                                                did_you_mean(recipient, *recipient_ids)});
            continue;
        }
        if (!languages.empty() && !contains(languages, language)) {
            problems.push_back({file, 0, 0,
                                "'" + language + "' is not one of the pack's languages in pack.yaml" +
                                    did_you_mean(language, languages),
                                language});
            continue;
        }
        auto text = read_pack_text_file(root, folder / name);
        if (!text) {
            problems.push_back(text.error());
            continue;
        }
        if (text->find_first_not_of(" \t\r\n") == std::string::npos) {
            problems.push_back({file, 0, 0, "the letter template is empty"});
            continue;
        }
        if (const std::size_t characters = character_count(*text); characters > max_template_characters) {
            problems.push_back({file, 0, 0,
                                "the letter template is too long: " + std::to_string(characters) +
                                    " characters, where at most " + std::to_string(max_template_characters) + " fit"});
            continue;
        }
        templates[recipient][language] = std::move(*text);
    }

    if (!recipient_ids || !folder_readable) return templates;
    for (const std::string& recipient : *recipient_ids) {
        for (const LanguageCode& language : languages) {
            const std::string expected = shown_path(root, folder / (recipient + "." + language + extension));
            const auto found = templates.find(recipient);
            const bool have = found != templates.end() && found->second.count(language);
            const bool reported = std::any_of(problems.begin(), problems.end(),
                                              [&](const Problem& problem) { return problem.file == expected; });
            if (!have && !reported) {
                problems.push_back({expected, 0, 0,
                                    "file missing: every recipient needs a letter template in every language"});
            }
        }
    }
    return templates;
}

}  // namespace kiosk::content
