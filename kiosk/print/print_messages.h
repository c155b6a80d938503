// Every message the print module can say, by string key, with its severity and the
// English text built into the program. The kiosk screen says these keys in the
// visitor's language from the content pack (strings/<lang>.yaml); the command line
// cannot rely on a pack, so it uses the English text here. One table serves both.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kiosk::print {

enum class Severity {
    Ok,       // printing works
    Warning,  // printing works, staff should know (ink or toner low)
    Error     // nothing prints until staff act
};

// The English text for `key`; the key itself when it is not a print message.
std::string english_text(std::string_view key);

// Severity of `key`; Error for keys that are not print messages.
Severity severity_of(std::string_view key);

// Every key of the table, in table order: the content pack must translate each one.
std::vector<std::string> print_message_keys();

}  // namespace kiosk::print
