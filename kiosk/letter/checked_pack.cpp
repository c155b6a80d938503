#include "letter/checked_pack.h"

#include "content/pack_loader.h"
#include "letter/template_check.h"

namespace kiosk::letter {

tl::expected<content::Pack, std::vector<content::Problem>> load_checked_pack(const std::filesystem::path& folder) {
    auto pack = content::load_pack(folder);
    if (!pack) return pack;
    if (auto problems = check_templates(*pack); !problems.empty()) return tl::unexpected(std::move(problems));
    return pack;
}

}  // namespace kiosk::letter
