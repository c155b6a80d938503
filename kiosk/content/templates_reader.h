// templates/<recipient>.<lang>.mustache: the letter body for each recipient and language.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "content/pack.h"
#include "content/problem.h"

namespace kiosk::content {

using Templates = std::map<std::string, std::map<LanguageCode, std::string>>;

// Reads every template file and reports files for unknown recipients or languages and
// recipient x language pairs with no file. `recipient_ids` is null when recipients.yaml
// could not be read and `languages` empty when pack.yaml could not: those checks are
// then left out (the broken file is reported already).
Templates read_templates(const std::filesystem::path& root, const std::vector<std::string>* recipient_ids,
                         const std::vector<LanguageCode>& languages, std::vector<Problem>& problems);

}  // namespace kiosk::content
