// Texts and files in a language that pack.yaml does not list all say the same thing:
// the language was taken out of `languages` (or not yet put in). Reported one by one,
// dropping Spanish from a pack gave 66 lines, each guessing "did you mean 'en'?".
#pragma once

#include <filesystem>
#include <vector>

#include "content/pack.h"
#include "content/problem.h"

namespace kiosk::content {

// Replaces the problems tagged with an unknown language (Problem::unknown_language) by
// one per language, placed at `languages_list` (pack.yaml's `languages`), saying where
// its texts and files are and the two ways out: add it to the list, or delete them. A
// language met in one text only, with no file of its own, is kept as it was: more
// likely a typo ('se' for 'es'), which that message points at.
void fold_unknown_languages(std::vector<Problem>& problems, const std::filesystem::path& shown_root,
                            const Problem& languages_list, const std::vector<LanguageCode>& languages);

}  // namespace kiosk::content
