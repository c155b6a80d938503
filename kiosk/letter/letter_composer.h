// Composition: what a letter says, before anything is placed on a page. Picks the
// recipient's contact and template for the language, renders them with Mustache
// and gathers the fixed words (closing, signature, ...) of that language.
#pragma once

#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "content/pack.h"
#include "letter/letter_request.h"

namespace kiosk::letter {

struct ComposedLetter {
    content::LanguageCode language;
    std::vector<std::string> sender_lines;  // the visitor's address; empty: no sender block
    std::string date;                       // "November 25, 2026"
    // Name, office, street, city. When the address is unknown: the name (if known)
    // and office only, and `address_blank` asks for a ruled line to write it by hand
    // after each of `address_labels` ("Street or P.O. box", "City, state, ZIP code").
    std::vector<std::string> recipient_lines;
    bool address_blank = false;
    std::vector<std::string> address_labels;
    std::string salutation;                    // "Dear Governor Kehoe:"
    std::vector<std::string> body_paragraphs;  // the rendered template, split at blank lines
    std::string own_words_label;               // empty: no "In my own words" box
    std::string closing;                       // "Sincerely,"
    std::string signature_label;               // under the signature line
    std::string printed_name;                  // empty: a blank line to print the name by hand
    std::string printed_name_label;            // under that blank line
    std::string page_header;                   // top of page 2 onward: "Governor of Missouri · November 25, 2026"
    std::string page_number;                   // Mustache: "Page {{page}}"
    std::string footer;                        // small print at the bottom; may be empty
};

// Fails with a message naming what is wrong (unknown recipient, state, county,
// reason, language, missing template) when the request does not fit the pack.
tl::expected<ComposedLetter, std::string> compose_letter(const content::Pack& pack, const LetterRequest& request);

}  // namespace kiosk::letter
