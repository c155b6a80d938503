// The words the program itself needs from every language of a pack. A pack that
// lacks one of these is refused by check-content, so code may rely on them.
#pragma once

#include <string>
#include <vector>

namespace kiosk::content {

// Keys that must be under `strings:` in every strings/<lang>.yaml.
const std::vector<std::string>& required_string_keys();

// Fields that must be in the `language:` block of every strings/<lang>.yaml.
const std::vector<std::string>& required_language_fields();

}  // namespace kiosk::content
