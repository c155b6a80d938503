// What a path that is not a regular file is, in words for a message.
#pragma once

#include <sys/stat.h>

namespace kiosk::base {

// "a folder", "a named pipe", "a device", "a socket", "a special file"; "a file" for a
// regular one, "a link" for a symbolic link (as lstat reports it).
const char* file_kind(mode_t mode);

}  // namespace kiosk::base
