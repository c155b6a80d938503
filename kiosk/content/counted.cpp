#include "content/counted.h"

namespace kiosk::content {

std::string counted(std::size_t count, std::string_view one, std::string_view other) {
    return std::to_string(count) + " " + std::string(count == 1 ? one : other);
}

}  // namespace kiosk::content
