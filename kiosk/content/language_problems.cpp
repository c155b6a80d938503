#include "content/language_problems.h"

#include <algorithm>
#include <map>
#include <utility>

#include "content/counted.h"
#include "content/shown_path.h"

namespace kiosk::content {

namespace fs = std::filesystem;

namespace {

// Where one unknown language turns up.
struct Sightings {
    std::map<std::string, int> texts_per_file;  // "recipients.yaml" -> 40
    std::vector<std::string> files;             // strings/es.yaml, templates/governor.es.mustache
    std::size_t problems = 0;
};

std::string listed(const std::vector<LanguageCode>& languages) {
    std::string text;
    for (const LanguageCode& language : languages) text += (text.empty() ? "" : ", ") + language;
    return text;
}

std::string message_for(const LanguageCode& language, const Sightings& seen,
                        const std::vector<LanguageCode>& languages) {
    std::size_t texts = 0;
    std::string where;
    for (const auto& [file, count] : seen.texts_per_file) {
        texts += static_cast<std::size_t>(count);
        where += (where.empty() ? "" : ", ") + file + " " + std::to_string(count);
    }
    std::vector<std::string> strings_files;
    std::size_t templates = 0;
    for (const std::string& file : seen.files) {
        if (file.rfind("templates/", 0) == 0) {
            ++templates;
        } else {
            strings_files.push_back(file);
        }
    }
    std::vector<std::string> parts;
    if (texts > 0) parts.push_back(counted(texts, "text", "texts") + " (" + where + ")");
    for (const std::string& file : strings_files) parts.push_back(file);
    if (templates > 0) {
        parts.push_back(counted(templates, "letter template", "letter templates") + " (templates/*." + language +
                        ".mustache)");
    }
    std::string found;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        found += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    }
    std::vector<LanguageCode> with = languages;
    with.push_back(language);
    return "'" + language + "' is not one of the pack's languages (" + listed(languages) + "), but the pack has " +
           found + " in it. To keep " + language + ", add it here: languages: [" + listed(with) + "]. To drop it, " +
           (seen.files.empty() ? "" : "delete those files and ") + "remove each '" + language + ":' text";
}

}  // namespace

void fold_unknown_languages(std::vector<Problem>& problems, const fs::path& shown_root, const Problem& languages_list,
                            const std::vector<LanguageCode>& languages) {
    const fs::path root = shown_path(shown_root);
    std::map<LanguageCode, Sightings> sightings;
    for (const Problem& problem : problems) {
        if (problem.unknown_language.empty()) continue;
        Sightings& seen = sightings[problem.unknown_language];
        const std::string file = fs::path(problem.file).lexically_relative(root).string();
        ++seen.problems;
        if (problem.line == 0) {
            seen.files.push_back(file);
        } else {
            ++seen.texts_per_file[file];
        }
    }
    std::vector<Problem> folded;
    for (const auto& [language, seen] : sightings) {
        if (seen.files.empty() && seen.problems == 1) continue;  // a typo, most likely: said where it is
        Problem summary = languages_list;
        summary.message = message_for(language, seen, languages);
        folded.push_back(std::move(summary));
    }
    problems.erase(std::remove_if(problems.begin(), problems.end(),
                                  [&](const Problem& problem) {
                                      const auto seen = sightings.find(problem.unknown_language);
                                      return seen != sightings.end() &&
                                             !(seen->second.files.empty() && seen->second.problems == 1);
                                  }),
                   problems.end());
    problems.insert(problems.end(), folded.begin(), folded.end());
}

}  // namespace kiosk::content
