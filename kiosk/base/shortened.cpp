#include "base/shortened.h"

#include <utf8.h>

namespace kiosk::base {

std::string shortened(std::string_view text, std::size_t max_characters) {
    const bool is_utf8 = utf8::find_invalid(text.begin(), text.end()) == text.end();
    const std::size_t characters =
        is_utf8 ? static_cast<std::size_t>(utf8::distance(text.begin(), text.end())) : text.size();
    if (characters <= max_characters) return std::string(text);
    auto cut = text.begin();
    if (is_utf8) utf8::advance(cut, max_characters, text.end());
    else cut += static_cast<std::ptrdiff_t>(max_characters);
    return std::string(text.begin(), cut) + "… (" + std::to_string(characters) + " characters)";
}

std::string shortened_path(std::string_view path) { return shortened(path, 200); }

}  // namespace kiosk::base
