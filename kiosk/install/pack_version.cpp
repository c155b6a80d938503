#include "install/pack_version.h"

#include <cctype>

namespace kiosk::install {
namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

}  // namespace

int compare_versions(const std::string& a, const std::string& b) {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (is_digit(a[i]) && is_digit(b[j])) {
            while (i < a.size() && a[i] == '0') ++i;  // leading zeros do not count
            while (j < b.size() && b[j] == '0') ++j;
            std::size_t end_a = i, end_b = j;
            while (end_a < a.size() && is_digit(a[end_a])) ++end_a;
            while (end_b < b.size() && is_digit(b[end_b])) ++end_b;
            if (end_a - i != end_b - j) return end_a - i < end_b - j ? -1 : 1;  // more digits: larger
            if (const int order = a.compare(i, end_a - i, b, j, end_b - j); order != 0) return order < 0 ? -1 : 1;
            i = end_a;
            j = end_b;
        } else {
            if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]) ? -1 : 1;
            ++i;
            ++j;
        }
    }
    if (i < a.size()) return 1;
    if (j < b.size()) return -1;
    return 0;
}

}  // namespace kiosk::install
