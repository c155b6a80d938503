// Where the texts of a YAML file are, for problems found in a text after loading (the
// letter module checks Mustache texts against a loaded pack, which keeps no places).
// A place is followed into the text line by line, so a problem on the third line of a
// folded (>) or literal (|) block is placed on that line of the file.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace kiosk::content {

// 1-based, as shown to staff; line 0 when not known.
struct TextPlace {
    int line = 0;
    int column = 0;          // in characters
    std::size_t offset = 0;  // in bytes from the start of the file
};

// The place where each text value of `yaml_text` begins (its quote, block indicator or
// first character), the first one when a value appears twice. For a file load_pack has
// accepted; a file that does not parse gives the places read before the error.
std::unordered_map<std::string, TextPlace> scalar_places(const std::string& yaml_text);

// Where byte `offset` of `value` is, `value` being the text of the scalar that begins at
// `start` in `file_text`. Where the file spells the text differently (an escape like
// "\u00e9"), the rest of the text is placed at `start`.
TextPlace place_in_scalar(std::string_view file_text, const TextPlace& start, std::string_view value,
                          std::size_t offset);

}  // namespace kiosk::content
