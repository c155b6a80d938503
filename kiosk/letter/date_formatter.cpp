#include "letter/date_formatter.h"

#include <kainjow/mustache.hpp>

namespace kiosk::letter {

std::string format_date(const CalendarDate& date, const content::LanguageRules& rules) {
    const bool month_known = date.month >= 1 && date.month <= static_cast<int>(rules.months.size());
    kainjow::mustache::data values;
    values.set("month", month_known ? rules.months[date.month - 1] : std::to_string(date.month));
    values.set("day", std::to_string(date.day));
    values.set("year", std::to_string(date.year));
    kainjow::mustache::mustache pattern{rules.date_pattern};
    pattern.set_custom_escape([](const std::string& text) { return text; });
    return pattern.render(values);
}

}  // namespace kiosk::letter
