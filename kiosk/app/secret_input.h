// Reading a secret (a PIN, a key's password) from standard input, without echo when it
// is a terminal, and never more than the secret can be: a pipe of hundreds of megabytes
// is refused at the limit, not read into memory.
#pragma once

#include <cstddef>
#include <string>

#include "base/result.h"

namespace kiosk::app {

// Shows `prompt` on a terminal only; reads one line of at most `max_bytes`.
base::Result<std::string> read_secret(const char* prompt, std::size_t max_bytes);

}  // namespace kiosk::app
