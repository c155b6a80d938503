#include "base/file_kind.h"

namespace kiosk::base {

const char* file_kind(mode_t mode) {
    if (S_ISREG(mode)) return "a file";
    if (S_ISLNK(mode)) return "a link";
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a named pipe";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    if (S_ISSOCK(mode)) return "a socket";
    return "a special file";
}

}  // namespace kiosk::base
