#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "base/field_count.h"

namespace kiosk::base {
namespace {

struct Three {
    std::string name;
    std::vector<std::string> ids;
    bool chosen = false;
};
struct Four {
    std::string name;
    std::vector<std::string> ids;
    bool chosen = false;
    int count = 0;
};

TEST(FieldCount, CountsTheMembersOfAnAggregateWhateverTheirTypes) {
    static_assert(field_count<Three>() == 3);
    static_assert(field_count<Four>() == 4);
    EXPECT_EQ(field_count<Four>(), field_count<Three>() + 1);
}

}  // namespace
}  // namespace kiosk::base
