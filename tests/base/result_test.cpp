#include <gtest/gtest.h>

#include "base/result.h"

namespace kiosk::base {
namespace {

Result<int> parsed(const std::string& text) {
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos)
        return failure("'" + text + "' is not a whole number");
    return std::stoi(text);
}

Result<void> checked(int value) {
    if (value > 100) return failure("more than 100");
    return {};
}

// Two steps, each of which may fail, written as the happy path.
Result<int> doubled(const std::string& text) {
    const int value = TRY(parsed(text));
    TRY(checked(value));
    return value * 2;
}

TEST(Result, TryGivesTheValueOrPassesTheFirstFailureUp) {
    EXPECT_EQ(*doubled("21"), 42);
    EXPECT_EQ(doubled("x").error(), "'x' is not a whole number");
    EXPECT_EQ(doubled("101").error(), "more than 100");
}

}  // namespace
}  // namespace kiosk::base
