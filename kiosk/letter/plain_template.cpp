#include "letter/plain_template.h"

#include <memory>
#include <unordered_map>

namespace kiosk::letter {

kainjow::mustache::mustache& plain_template(const std::string& text) {
    // Per thread because kainjow's render is not const. Packs are reloaded rarely;
    // the bound only guards a kiosk that runs for months through many pack updates.
    thread_local std::unordered_map<std::string, std::unique_ptr<kainjow::mustache::mustache>> parsed;
    constexpr std::size_t most_kept = 512;
    if (auto found = parsed.find(text); found != parsed.end()) return *found->second;
    if (parsed.size() >= most_kept) parsed.clear();
    auto added = std::make_unique<kainjow::mustache::mustache>(text);
    added->set_custom_escape([](const std::string& plain) { return plain; });
    return *parsed.emplace(text, std::move(added)).first->second;
}

std::string render_plain(const std::string& text, const kainjow::mustache::data& values) {
    return plain_template(text).render(values);
}

}  // namespace kiosk::letter
