// "1 state", "4 states": a number with its noun, for the English messages and summaries
// staff read (the visitor's words come from the pack's strings, in `.one`/`.other` keys).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kiosk::content {

std::string counted(std::size_t count, std::string_view one, std::string_view other);

}  // namespace kiosk::content
