#include <cstdio>
#include <ctime>
#include <string>

#include "letter/letter_request.h"

namespace kiosk::letter {

CalendarDate CalendarDate::today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return CalendarDate{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

CalendarDate CalendarDate::from_iso(const std::string& iso) {
    return CalendarDate{std::stoi(iso.substr(0, 4)), std::stoi(iso.substr(5, 2)), std::stoi(iso.substr(8, 2))};
}

std::string CalendarDate::iso() const {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    return text;
}

}  // namespace kiosk::letter
