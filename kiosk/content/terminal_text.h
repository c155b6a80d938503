// Text from a pack, a printer, a settings file or the command line, made safe to print
// on a terminal. A YAML escape ("\e", "\0", "\r", "\u202e") puts any character in a
// pack's text, and echoed raw it could clear the screen, move the cursor, print what
// looks like a line of its own or reverse the text after it.
#pragma once

#include <string>
#include <string_view>

namespace kiosk::content {

// `text` with control characters (C0, line breaks and tabs included; DEL; C1) and the
// bidirectional controls (U+061C, U+200E/F, U+202A-U+202E, U+2066-U+2069) written as
// \u001B, and bytes that are not UTF-8 as \xE9: one line, shown as it was written.
std::string terminal_safe(std::string_view text);

}  // namespace kiosk::content
