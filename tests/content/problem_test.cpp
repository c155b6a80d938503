#include "content/problem.h"

#include <gtest/gtest.h>

namespace kiosk::content {
namespace {

TEST(Problem, IsOneLineWhateverItsMessageHolds) {
    const Problem problem{"pack/templates/governor.en.mustache", 3, 5, "\"recipient.\nnaem\" is not a value"};
    EXPECT_EQ(problem.to_string(), "pack/templates/governor.en.mustache:3:5: \"recipient.\\u000Anaem\" is not a value");
}

TEST(Problem, LongMessageIsShortenedWithAnEllipsis) {
    const Problem problem{"pack/pack.yaml", 1, 1, "'name' should be short, not '" + std::string(5000, 'x') + "'"};
    const std::string line = problem.to_string();
    EXPECT_EQ(line, "pack/pack.yaml:1:1: 'name' should be short, not '" + std::string(400 - 29, 'x') + "\u2026");
}

TEST(Problem, ShortenedCountsCharactersAndNeverCutsOneInTwo) {
    EXPECT_EQ(shortened("ñññññ", 3), "ñññ\u2026");
    EXPECT_EQ(shortened("ñññ", 3), "ñññ");
}

}  // namespace
}  // namespace kiosk::content
