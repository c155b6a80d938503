// Where letters go, as staff write it for --printer or `printer:` in the event settings:
//
//   QUEUE                             a queue of this computer's CUPS (or of $CUPS_SERVER)
//   QUEUE@HOST, QUEUE@HOST:PORT       a queue of the CUPS server HOST (port 631 unless given)
//   ipp://HOST[:PORT]/printers/QUEUE  the same, written as CUPS shows a shared queue's address
//
// QUEUE@HOST is how CUPS itself names another server's queue (lpadmin stops a queue's
// name at '@'; `lp -h HOST:PORT -d QUEUE` is the same request), and the ipp:// form is
// what a CUPS server's web page and `lpstat -v` show, so staff may paste either.
#pragma once

#include <string>

#include <tl/expected.hpp>

namespace kiosk::print {

struct PrinterAddress {
    std::string queue;   // empty only for "": the scheduler's default destination
    std::string server;  // "HOST:PORT" ("[ADDRESS]:PORT" for IPv6); empty: what libcups would use
};

// The address `text` stands for, or why it is not one, in a sentence that says what
// to write instead (the caller names the option or field it came from).
tl::expected<PrinterAddress, std::string> parse_printer_address(const std::string& text);

// A CUPS server as `lpstat -h` takes it: "HOST", "HOST:PORT", "[ADDRESS]" or
// "[ADDRESS]:PORT", returned as "HOST:PORT" (port 631 unless given), or why it is not one.
tl::expected<std::string, std::string> parse_cups_server(const std::string& text);

// `address` written back as parse_printer_address reads it: "QUEUE" or "QUEUE@HOST:PORT".
std::string printer_address_text(const PrinterAddress& address);

}  // namespace kiosk::print
