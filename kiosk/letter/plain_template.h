// Mustache texts of a pack (letter bodies, salutations, office lines, date patterns)
// rendered as plain text: no HTML escaping, so "Health & Welfare" stays as typed.
#pragma once

#include <string>

#include <kainjow/mustache.hpp>

namespace kiosk::letter {

// The parsed template for `text`. Parsing was 15% of a letter's instructions
// (callgrind), and a pack has a few dozen texts, so each is parsed once per thread
// and kept; keyed by the text itself, a changed pack can never get a stale one.
kainjow::mustache::mustache& plain_template(const std::string& text);

std::string render_plain(const std::string& text, const kainjow::mustache::data& values);

}  // namespace kiosk::letter
