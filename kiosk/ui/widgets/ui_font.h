// The sans font every screen is drawn in, found through fontconfig and loaded once.
#pragma once

#include <filesystem>
#include <string>

#include <tl/expected.hpp>

namespace kiosk::ui {

// DejaVu Sans, else Liberation Sans, else whatever sans fontconfig offers.
tl::expected<std::filesystem::path, std::string> find_ui_font();

}  // namespace kiosk::ui
