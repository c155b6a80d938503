#include "ui/staff/lock_wait.h"

namespace kiosk::ui {
namespace {

struct Unit {
    const char* one;
    const char* other;
};

std::string counted(long long count, const Unit& unit) {
    return std::to_string(count) + " " + (count == 1 ? unit.one : unit.other);
}

}  // namespace

std::string wait_words(std::chrono::seconds wait, const content::LanguageCode& language) {
    const bool spanish = language == "es";
    const Unit second = spanish ? Unit{"segundo", "segundos"} : Unit{"second", "seconds"};
    const Unit minute = spanish ? Unit{"minuto", "minutos"} : Unit{"minute", "minutes"};
    const Unit hour = spanish ? Unit{"hora", "horas"} : Unit{"hour", "hours"};

    const long long seconds = wait.count();
    if (seconds < 60) return counted(seconds, second);
    const long long minutes = (seconds + 59) / 60;
    if (minutes < 60) return counted(minutes, minute);
    const long long hours = minutes / 60, minutes_past = minutes % 60;
    if (minutes_past == 0) return counted(hours, hour);
    return counted(hours, hour) + (spanish ? " y " : " ") + counted(minutes_past, minute);
}

}  // namespace kiosk::ui
