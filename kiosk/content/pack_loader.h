// Loading a content pack from its folder, checking everything the content module can
// see: every file's syntax and fields, ids, languages, references between files,
// assets and paths. Template syntax and placeholders are the letter module's to check
// (letter/template_check.h).
#pragma once

#include <filesystem>
#include <vector>

#include <tl/expected.hpp>

#include "content/pack.h"
#include "content/problem.h"

namespace kiosk::content {

// The pack, or every problem found (never just the first), each naming its file as
// `folder / file` with the folder spelled as given, and its line and column.
tl::expected<Pack, std::vector<Problem>> load_pack(const std::filesystem::path& folder);

}  // namespace kiosk::content
