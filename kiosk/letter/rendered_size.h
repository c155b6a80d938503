// The most bytes a Mustache text of the letter can render to, found without rendering
// it: every section counted as shown, each list section as often as its list can be
// long, each value as long as the pack's longest (a visitor's: as long as the command
// line and the screens allow). Rendering a hostile template for every kind of letter
// took seconds: 1,000 {{reasons_phrase}} are 20 kB of accepted text, and megabytes
// rendered. This is one pass over the tags.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "content/pack.h"
#include "letter/template_tags.h"

namespace kiosk::letter {

class RenderedSizeBound {
public:
    // The letter's values at their longest, in every language of `pack`.
    explicit RenderedSizeBound(const content::Pack& pack);

    // At least as many bytes as `text`, whose tags are `tags`, can render to.
    std::size_t of(const std::string& text, const std::vector<Tag>& tags) const;

private:
    void record(const std::string& name, std::size_t bytes);
    void record_facts(const content::Pack& pack);

    std::map<std::string, std::size_t> longest_;      // "recipient.office", "phrase", "month", ... -> bytes
    std::map<std::string, std::size_t> list_length_;  // "grounds" -> how many items it can have
};

}  // namespace kiosk::letter
