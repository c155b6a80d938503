// Dates as each language writes them, from the pack's month names and pattern
// ("{{month}} {{day}}, {{year}}" -> "November 25, 2026"; "25 de noviembre de 2026").
#pragma once

#include <set>
#include <string>

#include "content/pack.h"
#include "letter/letter_request.h"

namespace kiosk::letter {

std::string format_date(const CalendarDate& date, const content::LanguageRules& rules);

// The names a date pattern can use: month, day, year.
const std::set<std::string>& date_value_names();

}  // namespace kiosk::letter
