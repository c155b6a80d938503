// The words the program itself needs from every language of a pack. A pack that
// lacks one of these is refused by check-content, so code may rely on them.
#pragma once

#include <string>
#include <vector>

namespace kiosk::content {

// Keys that must be under `strings:` in every strings/<lang>.yaml.
const std::vector<std::string>& required_string_keys();

// The fields of the `language:` block of a strings/<lang>.yaml: all required but
// conjunction_changes.
const std::vector<std::string>& language_block_fields();

}  // namespace kiosk::content
