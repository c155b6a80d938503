#include "content/known_places.h"

namespace kiosk::content {

KnownPlaces::KnownPlaces(const std::vector<State>& states) {
    for (const State& state : states) {
        ids_.push_back(state.id);
        Place& place = places_[state.id];
        place.state = &state;
        place.counties.insert(state.counties.begin(), state.counties.end());
    }
}

const State* KnownPlaces::find_state(std::string_view id) const {
    const auto found = places_.find(id);
    return found == places_.end() ? nullptr : found->second.state;
}

bool KnownPlaces::has_county(const State& state, std::string_view county) const {
    return places_.at(state.id).counties.count(county) > 0;
}

}  // namespace kiosk::content
