// What a visitor chose: everything needed to compose one letter. Lives in memory
// only; nothing in it is ever written to disk or logged.
#pragma once

#include <string>
#include <vector>

#include "content/pack.h"

namespace kiosk::letter {

struct Sender {
    std::string name;                        // empty: a blank line to print by hand
    std::vector<std::string> address_lines;  // empty: no sender block
    std::string town;                        // "Columbia": the body's "I live in …"; may be empty
};

struct CalendarDate {
    int year = 2026;
    int month = 1;  // 1..12
    int day = 1;
    static CalendarDate today();
    // From "2026-11-25", which must be a real day (content::is_iso_date).
    static CalendarDate from_iso(const std::string& iso);
    std::string iso() const;  // "2026-11-25"
};

struct LetterRequest {
    std::string recipient_id;
    std::string state_id;
    std::string county;                   // county id, for county-level recipients
    std::vector<std::string> reason_ids;  // grounds and conditions, in the order chosen
    Sender sender;
    content::LanguageCode language;  // empty: the pack's default language
    content::PaperSize paper = content::PaperSize::Letter;
    bool own_words_box = true;  // the ruled "In my own words" box
    CalendarDate date = CalendarDate::today();
};

}  // namespace kiosk::letter
