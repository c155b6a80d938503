// The shapes a single value in a pack must have: dates, colours, ids, links.
#pragma once

#include <string>

namespace kiosk::content {

bool is_iso_date(const std::string& text);          // 2026-11-24, a real calendar day
bool is_year_month_or_date(const std::string& text);  // 2027-01 or 2029-01-20
bool is_colour(const std::string& text);            // #1B4F72
bool is_language_code(const std::string& text);     // en, es, pt-BR
bool is_plain_id(const std::string& text);          // heart-disease: lowercase letters, digits, dashes
bool is_state_id(const std::string& text);          // MO: two capital letters
bool is_web_link(const std::string& text);          // https://example.org/page

// `text` with A-Z made a-z: column names staff may write in capitals ("ZIP,State").
std::string ascii_lower_case(std::string text);

}  // namespace kiosk::content
