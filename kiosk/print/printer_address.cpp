#include "print/printer_address.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include <cups/cups.h>

#include "base/shortened.h"

namespace kiosk::print {
namespace {

// IANA's port for IPP. Not ippPort(): that is the port of the server CUPS_SERVER or
// client.conf name, which is not the one named here.
constexpr int ipp_port = 631;
constexpr std::size_t longest_queue_name = 127;  // what lpadmin accepts

const char* const how_to_write = "write QUEUE, QUEUE@HOST, QUEUE@HOST:PORT or ipp://HOST:PORT/printers/QUEUE";

// Why `queue` cannot be a CUPS queue's name, by lpadmin's rules (printable, at most 127
// bytes, none of space / \ ? ' " #; '@' ends a name), or nullopt.
std::optional<std::string> queue_problem(const std::string& queue) {
    if (queue.size() > longest_queue_name) return "a queue name is at most 127 characters";
    for (const char c : queue) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= ' ' || byte == 127) return std::string("a queue name has no spaces or control characters");
        if (std::string_view("/\\?'\"#@").find(c) != std::string_view::npos) {
            return std::string("a queue name cannot contain ") + c;
        }
    }
    return std::nullopt;
}

// At most 253 characters, as DNS allows.
bool is_host_name(const std::string& host) {
    return !host.empty() && host.size() <= 253 && std::all_of(host.begin(), host.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '.' || c == '-' || c == '_';
    });
}

// An IPv6 address, with an optional %zone ("fe80::1%eth0").
bool is_ipv6_address(const std::string& address) {
    const auto zone = address.find('%');
    const std::string numbers = address.substr(0, zone);
    const bool numeric = numbers.find(':') != std::string::npos &&
                         std::all_of(numbers.begin(), numbers.end(),
                                     [](unsigned char c) { return std::isxdigit(c) || c == ':' || c == '.'; });
    return numeric && (zone == std::string::npos || is_host_name(address.substr(zone + 1)));
}

// "HOST:PORT" for CupsConnection, from a host and the port written after it ("" for 631).
tl::expected<std::string, std::string> server_text(const std::string& host, const std::string& port_text) {
    const bool ipv6 = host.find(':') != std::string::npos;
    if (host.empty()) return tl::make_unexpected(std::string("no server is named"));
    if (ipv6 ? !is_ipv6_address(host) : !is_host_name(host)) {
        return tl::make_unexpected("'" + base::shortened(host) + "' is not a server's name or address");
    }
    int port = ipp_port;
    if (!port_text.empty()) {
        const bool digits = port_text.size() <= 5 && std::all_of(port_text.begin(), port_text.end(),
                                                                 [](unsigned char c) { return std::isdigit(c); });
        port = digits ? std::stoi(port_text) : 0;
        if (port < 1 || port > 65535) {
            return tl::make_unexpected("the port after ':' should be a number from 1 to 65535, not '" +
                                       base::shortened(port_text) + "'");
        }
    }
    return (ipv6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

tl::expected<PrinterAddress, std::string> parse_at_form(const std::string& text) {
    const auto at = text.find('@');
    PrinterAddress address{text.substr(0, at), ""};
    if (address.queue.empty()) return tl::make_unexpected(std::string("no queue is named before @"));
    if (auto problem = queue_problem(address.queue)) return tl::make_unexpected(*problem);
    if (at + 1 == text.size()) return tl::make_unexpected(std::string("no server is named after @"));
    auto server = parse_cups_server(text.substr(at + 1));
    if (!server) return tl::make_unexpected(server.error());
    address.server = std::move(*server);
    return address;
}

// ipp://HOST[:PORT]/printers/QUEUE (or /classes/QUEUE), split and percent-decoded by libcups.
tl::expected<PrinterAddress, std::string> parse_uri(const std::string& text) {
    const std::string scheme_written = text.substr(0, text.find("://"));
    std::string scheme_lower = scheme_written;
    std::transform(scheme_lower.begin(), scheme_lower.end(), scheme_lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (scheme_lower == "ipps") {
        return tl::make_unexpected(std::string(
            "ipps:// is not accepted; write the same queue as ipp://… or QUEUE@HOST (the connection is "
            "encrypted whenever the server asks for it)"));
    }
    const std::string a_device =
        "is a printer's own address, not a CUPS queue: add the printer as a queue with setup-printer.sh --uri, "
        "then name that queue";
    if (scheme_lower != "ipp") return tl::make_unexpected("'" + base::shortened(scheme_written) + "://' " + a_device);

    char scheme[32], user[256], host[256], resource[1024];
    int port = 0;
    if (httpSeparateURI(HTTP_URI_CODING_ALL, text.c_str(), scheme, sizeof scheme, user, sizeof user, host,
                        sizeof host, &port, resource, sizeof resource) < HTTP_URI_STATUS_OK) {
        return tl::make_unexpected(std::string("is not an address libcups can read; ") + how_to_write);
    }
    if (user[0]) return tl::make_unexpected(std::string("names a user (USER@ in ipp://USER@HOST/); leave it out"));
    const std::string path = resource;
    std::string queue;
    for (const std::string folder : {"/printers/", "/classes/"}) {
        if (path.rfind(folder, 0) == 0) queue = path.substr(folder.size());
    }
    if (queue.empty()) {
        return tl::make_unexpected("'" + base::shortened(path) + "' is not a CUPS queue's path (/printers/QUEUE); it " +
                                   a_device);
    }
    if (auto problem = queue_problem(queue)) return tl::make_unexpected(*problem);
    auto server = server_text(host, port > 0 ? std::to_string(port) : "");  // no default port for "IPP://"
    if (!server) return tl::make_unexpected(server.error());
    return PrinterAddress{std::move(queue), std::move(*server)};
}

}  // namespace

tl::expected<std::string, std::string> parse_cups_server(const std::string& text) {
    if (!text.empty() && text.front() == '[') {
        const auto close = text.find(']');
        const std::string after = close == std::string::npos ? "" : text.substr(close + 1);
        if (close == std::string::npos || !(after.empty() || after.front() == ':')) {
            return tl::make_unexpected("'" + base::shortened(text) + "' should be [ADDRESS] or [ADDRESS]:PORT");
        }
        return server_text(text.substr(1, close - 1), after.empty() ? "" : after.substr(1));
    }
    const auto colon = text.find(':');
    if (colon != text.rfind(':')) {
        return tl::make_unexpected("an IPv6 address goes in brackets: [" + text + "]");
    }
    if (colon == std::string::npos) return server_text(text, "");
    if (colon + 1 == text.size()) return tl::make_unexpected(std::string("no port is written after ':'"));
    return server_text(text.substr(0, colon), text.substr(colon + 1));
}

tl::expected<PrinterAddress, std::string> parse_printer_address(const std::string& text) {
    if (text.find("://") != std::string::npos) return parse_uri(text);
    if (text.find('@') != std::string::npos) return parse_at_form(text);
    if (auto problem = queue_problem(text)) return tl::make_unexpected(*problem + "; " + how_to_write);
    return PrinterAddress{text, ""};
}

std::string printer_address_text(const PrinterAddress& address) {
    return address.server.empty() ? address.queue : address.queue + "@" + address.server;
}

}  // namespace kiosk::print
