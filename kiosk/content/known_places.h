// The pack's states and their counties, indexed so that each row of a CSV file (a ZIP
// code, a contact) is checked in constant time: a national pack has some 3,200 counties,
// 47,000 ZIP rows and 6,400 contacts.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "content/pack.h"

namespace kiosk::content {

class KnownPlaces {
public:
    // `states` must outlive this.
    explicit KnownPlaces(const std::vector<State>& states);

    const State* find_state(std::string_view id) const;
    bool has_county(const State& state, std::string_view county) const;
    const std::vector<std::string>& state_ids() const { return ids_; }

private:
    struct Place {
        const State* state = nullptr;
        std::unordered_set<std::string_view> counties;
    };
    std::unordered_map<std::string_view, Place> places_;
    std::vector<std::string> ids_;
};

}  // namespace kiosk::content
