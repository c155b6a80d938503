// The problems found in one file of a pack, each placed with a yaml-cpp Mark, or with a
// line and column for files that are not YAML (zips.csv).
#pragma once

#include <string>
#include <vector>

#include <yaml-cpp/mark.h>

#include "content/problem.h"

namespace kiosk::content {

class FileProblems {
public:
    // `file` is the path shown to staff ("content/default/recipients.yaml").
    FileProblems(std::string file, std::vector<Problem>& all);

    void add(const YAML::Mark& where, std::string message);  // Mark is 0-based; shown 1-based
    void add_at(int line, int column, std::string message);  // 1-based, as shown; 0 when unknown
    void add_to_file(std::string message);                   // about the file as a whole
    // A text in `language`, which pack.yaml does not list (see Problem::unknown_language).
    void add_in_unknown_language(const YAML::Mark& where, const std::string& language, std::string message);
    bool any() const { return count_ > 0; }
    // As many problems as are shown: a reader may skip costly work on the rest.
    bool full() const { return count_ >= max_per_file; }

    // One broken file of hostile size could otherwise yield a million lines; after this
    // many, one line says the rest were left out.
    static constexpr int max_per_file = 100;

private:
    // The problem added, or nullptr when it was left out (more than max_per_file).
    Problem* place(int line, int column, std::string message);

    std::string file_;
    std::vector<Problem>& all_;
    int count_ = 0;
};

}  // namespace kiosk::content
