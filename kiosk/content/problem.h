// A problem found in a content pack, located so staff can find and fix it.
#pragma once

#include <cstddef>
#include <string>

namespace kiosk::content {

struct Problem {
    std::string file;  // path as given by the user, e.g. "content/default/recipients.yaml"
    int line = 0;      // 1-based; 0 when the problem is about the whole file
    int column = 0;    // 1-based; 0 when unknown
    std::string message;
    // Set when the problem is a text or file in a language pack.yaml does not list, so
    // that many of them can be said once (language_problems.h).
    std::string unknown_language = {};

    // "path:line:column: message" (the place parts are left out when unknown): one line,
    // safe to print on a terminal (terminal_text.h), the message shortened.
    std::string to_string() const;
};

// A message quotes what staff wrote, which can be megabytes (or, from a template, many
// lines): `message` cut to at most `most_characters` characters, ending in "…" when cut.
std::string shortened(std::string message, std::size_t most_characters = 400);

}  // namespace kiosk::content
