// A private copy of the default pack for one test to break in one place, and a way to
// assert that a problem was reported at exactly the place staff would be sent to.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "content/problem.h"

namespace kiosk::content::testing {

// 1-based, as check-content prints it.
struct Place {
    int line = 0;
    int column = 0;
};

class PackCopy {
public:
    PackCopy();  // copies content/default into a new temporary folder
    ~PackCopy();
    PackCopy(const PackCopy&) = delete;
    PackCopy& operator=(const PackCopy&) = delete;

    const std::filesystem::path& root() const { return root_; }
    std::string path_of(const std::string& relative) const { return (root_ / relative).string(); }

    std::string read(const std::string& relative) const;
    void write(const std::string& relative, const std::string& bytes) const;
    void remove(const std::string& relative) const;
    // Replaces the first `old_text` in the file by `new_text` (failing the test when it
    // is not there) and returns where `new_text` now starts.
    Place replace(const std::string& relative, const std::string& old_text, const std::string& new_text) const;
    // Where the first `text` is in the file.
    Place find(const std::string& relative, const std::string& text) const;

private:
    std::filesystem::path root_;
};

// The problems load_pack reports for `folder`; empty when it loads.
std::vector<Problem> problems_of(const std::filesystem::path& folder);

// Passes when one problem is in `file` at `place` and its message contains `message`;
// otherwise lists every problem found, so a failure shows what was said instead.
::testing::AssertionResult has_problem(const std::vector<Problem>& problems, const std::string& file, Place place,
                                       const std::string& message);

std::string describe(const std::vector<Problem>& problems);

}  // namespace kiosk::content::testing
