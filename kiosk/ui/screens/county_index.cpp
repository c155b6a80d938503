#include "ui/screens/county_index.h"

#include <algorithm>

namespace kiosk::ui {
namespace {

bool is_ascii_letter_or_digit(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : char(c); }

// What the order compares: letters and digits in lower case; bytes beyond ASCII (accented
// letters) kept as they are, after z.
std::string filing_key(const std::string& name) {
    std::string key;
    for (const char byte : name) {
        const auto c = static_cast<unsigned char>(byte);
        if (is_ascii_letter_or_digit(c) || c >= 0x80) key += lower(c);
    }
    return key;
}

}  // namespace

std::vector<std::string> counties_in_index_order(std::vector<std::string> counties) {
    std::vector<std::pair<std::string, std::string>> keyed;
    keyed.reserve(counties.size());
    for (std::string& county : counties) keyed.emplace_back(filing_key(county), std::move(county));
    // Names that file alike ("De Kalb", "DeKalb") keep a fixed order by their spelling.
    std::sort(keyed.begin(), keyed.end());
    counties.clear();
    for (auto& [key, county] : keyed) counties.push_back(std::move(county));
    return counties;
}

std::string index_letter(const std::string& county) {
    for (std::size_t i = 0; i < county.size(); ++i) {
        const auto c = static_cast<unsigned char>(county[i]);
        if (is_ascii_letter_or_digit(c)) return std::string(1, c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : char(c));
        if (c >= 0x80) {
            std::size_t end = i + 1;
            while (end < county.size() && (static_cast<unsigned char>(county[end]) & 0xC0) == 0x80) ++end;
            return county.substr(i, end - i);
        }
    }
    return "";
}

}  // namespace kiosk::ui
