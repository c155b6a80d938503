// The pack as every command uses it: loaded and validated by the content module, then
// its Mustache texts checked by template_check.h. Only a pack that passes both reaches
// the Mustache renderer, whose cost on a hostile text is unbounded.
#pragma once

#include <filesystem>
#include <vector>

#include <tl/expected.hpp>

#include "content/pack.h"
#include "content/problem.h"

namespace kiosk::letter {

// The pack, or every problem found. Template problems are looked for once the pack's
// own are fixed: they are checked against a loaded pack.
tl::expected<content::Pack, std::vector<content::Problem>> load_checked_pack(const std::filesystem::path& folder);

}  // namespace kiosk::letter
