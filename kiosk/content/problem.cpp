#include "content/problem.h"

#include "content/terminal_text.h"

namespace kiosk::content {

std::string Problem::to_string() const {
    std::string place = terminal_safe(file);
    if (line > 0) {
        place += ":" + std::to_string(line);
        if (column > 0) place += ":" + std::to_string(column);
    }
    return place + ": " + shortened(terminal_safe(message));
}

std::string shortened(std::string message, std::size_t most_characters) {
    std::size_t characters = 0;
    for (std::size_t i = 0; i < message.size(); ++i) {
        if ((static_cast<unsigned char>(message[i]) & 0xC0) == 0x80) continue;  // inside a character
        if (++characters > most_characters) {
            message.resize(i);
            return message + "\u2026";
        }
    }
    return message;
}

}  // namespace kiosk::content
