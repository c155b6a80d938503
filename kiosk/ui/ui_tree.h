// The accessibility tree: every interactive element of the screen as JSON, rewritten
// atomically whenever the screen or its state changes. For tests and assistive tools.
// Privacy: a field gives its name and whether something was typed, never the text.
#pragma once

#include <filesystem>
#include <string>

#include "ui/screens/view.h"

namespace kiosk::ui {

std::string ui_tree_json(const View& view, const ScrollOffsets& offsets, const std::string& language, float width,
                         float height);

// Writes to FILE.tmp then renames over FILE, so a reader never sees half a document.
bool write_ui_tree(const std::filesystem::path& file, const std::string& json);

}  // namespace kiosk::ui
