// Reading a secret (a PIN, a key's password) from standard input, without echo when it
// is a terminal.
#pragma once

#include <string>

namespace kiosk::app {

// Shows `prompt` on a terminal only; reads one line.
std::string read_secret(const char* prompt);

}  // namespace kiosk::app
