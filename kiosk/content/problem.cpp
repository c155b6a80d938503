#include "content/problem.h"

#include "content/terminal_text.h"

namespace kiosk::content {

std::string Problem::to_string() const {
    std::string place = terminal_safe(file);
    if (line > 0) {
        place += ":" + std::to_string(line);
        if (column > 0) place += ":" + std::to_string(column);
    }
    return place + ": " + terminal_safe(message);
}

}  // namespace kiosk::content
