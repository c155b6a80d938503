// The accessibility tree: what a visitor perceives of the screen as JSON, rewritten
// atomically whenever the screen or its state changes. For tests and assistive tools.
// Every element in sight, and every text the screen shows (titles, hints, messages) as
// an element of role "text" with an id "text.<n>" (its place among the texts), in
// reading order among the elements, which keep the screen's own order. "focused" is
// true on the element the keys' focus is on; "spoken" is the last sentence spoken.
// Privacy: a field gives its name and whether something was typed, never the text.
// Written only where --ui-tree asks, never to a log.
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
