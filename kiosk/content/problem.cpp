#include "content/problem.h"

namespace kiosk::content {

std::string Problem::to_string() const {
    std::string place = file;
    if (line > 0) {
        place += ":" + std::to_string(line);
        if (column > 0) place += ":" + std::to_string(column);
    }
    return place + ": " + message;
}

}  // namespace kiosk::content
