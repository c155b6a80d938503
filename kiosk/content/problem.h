// A problem found in a content pack, located so staff can find and fix it.
#pragma once

#include <string>

namespace kiosk::content {

struct Problem {
    std::string file;  // path as given by the user, e.g. "content/default/recipients.yaml"
    int line = 0;      // 1-based; 0 when the problem is about the whole file
    int column = 0;    // 1-based; 0 when unknown
    std::string message;

    // "path:line:column: message" (the place parts are left out when unknown), one line
    // safe to print on a terminal (terminal_text.h).
    std::string to_string() const;
};

}  // namespace kiosk::content
