#include "app/secret_input.h"

#include <termios.h>
#include <unistd.h>

#include <iostream>

#include "base/bounded_read.h"

namespace kiosk::app {

base::Result<std::string> read_secret(const char* prompt, std::size_t max_bytes) {
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::cerr << prompt << std::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    auto line = base::read_bounded_line(STDIN_FILENO, max_bytes);
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::cerr << "\n";
    }
    return line;
}

}  // namespace kiosk::app
