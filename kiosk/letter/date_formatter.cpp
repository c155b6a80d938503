#include "letter/date_formatter.h"

#include "letter/plain_template.h"

namespace kiosk::letter {

std::string format_date(const CalendarDate& date, const content::LanguageRules& rules) {
    const bool month_known = date.month >= 1 && date.month <= static_cast<int>(rules.months.size());
    kainjow::mustache::data values;
    values.set("month", month_known ? rules.months[date.month - 1] : std::to_string(date.month));
    values.set("day", std::to_string(date.day));
    values.set("year", std::to_string(date.year));
    return render_plain(rules.date_pattern, values);
}

const std::set<std::string>& date_value_names() {
    static const std::set<std::string> names{"month", "day", "year"};
    return names;
}

}  // namespace kiosk::letter
