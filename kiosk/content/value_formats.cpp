#include "content/value_formats.h"

#include <regex>

namespace kiosk::content {

namespace {

const std::regex date_pattern("[0-9]{4}-[0-9]{2}-[0-9]{2}");
const std::regex year_month_pattern("[0-9]{4}-[0-9]{2}");
const std::regex colour_pattern("#[0-9A-Fa-f]{6}");
const std::regex language_pattern("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");
const std::regex plain_id_pattern("[a-z0-9]+(-[a-z0-9]+)*");
const std::regex state_id_pattern("[A-Z]{2}");
const std::regex web_link_pattern("https?://[^\\s]{3,500}");

bool matches(const std::string& text, const std::regex& pattern) {
    // Values are short (ids, dates); longer text cannot match these shapes anyway and
    // std::regex recurses on long input.
    if (text.size() > 512) return false;
    return std::regex_match(text, pattern);
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool is_real_day(int year, int month, int day) {
    static const int days_in_month[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) return false;
    const int last = days_in_month[month - 1] + (month == 2 && is_leap_year(year) ? 1 : 0);
    return day <= last;
}

}  // namespace

bool is_iso_date(const std::string& text) {
    if (!matches(text, date_pattern)) return false;
    return is_real_day(std::stoi(text.substr(0, 4)), std::stoi(text.substr(5, 2)), std::stoi(text.substr(8, 2)));
}

bool is_year_month_or_date(const std::string& text) {
    if (matches(text, year_month_pattern)) {
        const int month = std::stoi(text.substr(5, 2));
        return month >= 1 && month <= 12;
    }
    return is_iso_date(text);
}

bool is_colour(const std::string& text) { return matches(text, colour_pattern); }

bool is_language_code(const std::string& text) { return matches(text, language_pattern); }

bool is_plain_id(const std::string& text) { return matches(text, plain_id_pattern); }

bool is_state_id(const std::string& text) { return matches(text, state_id_pattern); }

bool is_web_link(const std::string& text) { return matches(text, web_link_pattern); }

std::string ascii_lower_case(std::string text) {
    for (char& c : text) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return text;
}

}  // namespace kiosk::content
