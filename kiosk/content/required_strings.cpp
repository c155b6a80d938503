#include "content/required_strings.h"

namespace kiosk::content {

// The one list of fixed words the program uses. Whoever adds code that shows or prints
// a new key adds it here, so every pack is checked for it in every language.
const std::vector<std::string>& required_string_keys() {
    static const std::vector<std::string> keys = {
        // The letter (kiosk/letter, kiosk/pdf)
        "letter.closing",
        "letter.own-words",
        "letter.signature",
        "letter.printed-name",
        "letter.page",
    };
    return keys;
}

const std::vector<std::string>& required_language_fields() {
    static const std::vector<std::string> fields = {"name", "months", "date", "and", "serial_comma"};
    return fields;
}

}  // namespace kiosk::content
