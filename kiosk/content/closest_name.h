// "Did you mean ...?" for names staff type: keys, ids, languages.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::content {

// The candidate `typed` is most likely a typo of (one or two letters off, or two letters
// swapped), or nullopt when none is that close.
std::optional<std::string> closest_name(std::string_view typed, const std::vector<std::string>& candidates);

// " (did you mean 'label'?)" or "" — ready to append to a message.
std::string did_you_mean(std::string_view typed, const std::vector<std::string>& candidates);

}  // namespace kiosk::content
