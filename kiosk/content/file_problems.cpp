#include "content/file_problems.h"

#include <utility>

namespace kiosk::content {

FileProblems::FileProblems(std::string file, std::vector<Problem>& all) : file_(std::move(file)), all_(all) {}

void FileProblems::add(const YAML::Mark& where, std::string message) {
    const bool placed = !where.is_null() && where.line >= 0;
    place(placed ? where.line + 1 : 0, placed ? where.column + 1 : 0, std::move(message));
}

void FileProblems::add_at(int line, int column, std::string message) { place(line, column, std::move(message)); }

Problem* FileProblems::place(int line, int column, std::string message) {
    ++count_;
    if (count_ > max_per_file + 1) return nullptr;
    if (count_ == max_per_file + 1) {
        all_.push_back({file_, 0, 0, "more problems in this file were left out; fix the ones above first"});
        return nullptr;
    }
    all_.push_back({file_, line, column, shortened(std::move(message))});
    return &all_.back();
}

void FileProblems::add_in_unknown_language(const YAML::Mark& where, const std::string& language,
                                           std::string message) {
    const bool placed = !where.is_null() && where.line >= 0;
    if (Problem* added = place(placed ? where.line + 1 : 0, placed ? where.column + 1 : 0, std::move(message))) {
        added->unknown_language = language;
    }
}

void FileProblems::add_to_file(std::string message) { add(YAML::Mark::null_mark(), std::move(message)); }

}  // namespace kiosk::content
