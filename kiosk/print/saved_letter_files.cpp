#include "print/saved_letter_files.h"

#include <ctime>

namespace kiosk::print {

std::string saved_letter_stem(std::size_t number, std::size_t count) {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
    return "letter-" + std::string(stamp) + "-" + std::to_string(number) + "-of-" + std::to_string(count);
}

std::string temporary_letter_template(const std::string& stem) { return "." + stem + ".XXXXXX"; }

}  // namespace kiosk::print
