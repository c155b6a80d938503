#include "print/saved_letter_files.h"

#include <ctime>
#include <regex>
#include <system_error>

namespace kiosk::print {

namespace fs = std::filesystem;

std::string saved_letter_stem(std::size_t number, std::size_t count) {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
    return "letter-" + std::string(stamp) + "-" + std::to_string(number) + "-of-" + std::to_string(count);
}

std::string temporary_letter_template(const std::string& stem) { return "." + stem + ".XXXXXX"; }

bool is_temporary_letter(const std::string& file_name) {
    // saved_letter_stem() inside temporary_letter_template(), as mkstemp fills it in.
    static const std::regex temporary(R"(\.letter-[0-9]{8}-[0-9]{6}-[0-9]+-of-[0-9]+\.[A-Za-z0-9]{6})");
    return std::regex_match(file_name, temporary);
}

std::size_t remove_leftover_letters(const fs::path& folder) {
    std::size_t removed = 0;
    std::error_code error;
    for (fs::directory_iterator entry(folder, error), end; !error && entry != end; entry.increment(error)) {
        std::error_code ignored;
        if (entry->symlink_status(ignored).type() != fs::file_type::regular) continue;
        if (is_temporary_letter(entry->path().filename().string()) && fs::remove(entry->path(), ignored)) ++removed;
    }
    return removed;
}

}  // namespace kiosk::print
