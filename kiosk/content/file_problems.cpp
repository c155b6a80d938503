#include "content/file_problems.h"

#include <utility>

namespace kiosk::content {

namespace {

// Messages quote what staff wrote, and a hostile value can be megabytes long.
std::string cut_short(std::string message) {
    constexpr std::size_t longest = 400;
    if (message.size() <= longest) return message;
    std::size_t end = longest;
    while (end > 0 && (static_cast<unsigned char>(message[end]) & 0xC0) == 0x80) --end;  // whole characters only
    return message.substr(0, end) + "...";
}

}  // namespace

FileProblems::FileProblems(std::string file, std::vector<Problem>& all) : file_(std::move(file)), all_(all) {}

void FileProblems::add(const YAML::Mark& where, std::string message) {
    const bool placed = !where.is_null() && where.line >= 0;
    add_at(placed ? where.line + 1 : 0, placed ? where.column + 1 : 0, std::move(message));
}

void FileProblems::add_at(int line, int column, std::string message) {
    ++count_;
    if (count_ > max_per_file + 1) return;
    if (count_ == max_per_file + 1) {
        all_.push_back({file_, 0, 0, "more problems in this file were left out; fix the ones above first"});
        return;
    }
    all_.push_back({file_, line, column, cut_short(std::move(message))});
}

void FileProblems::add_to_file(std::string message) { add(YAML::Mark::null_mark(), std::move(message)); }

}  // namespace kiosk::content
