#include "print/cups_connection.h"

#include <cstdlib>

namespace kiosk::print {
namespace {

// A scheduler that stops answering mid-request must not freeze the print screen.
constexpr double request_timeout_seconds = 15.0;
constexpr int connect_timeout_milliseconds = 5000;

int give_up_on_timeout(http_t*, void*) { return 0; }

struct ServerAddress {
    std::string host;
    int port = 0;
};

ServerAddress parse_server(const std::string& server) {
    if (server.empty()) return {cupsServer(), ippPort()};
    const auto colon = server.rfind(':');
    if (server.front() == '/' || colon == std::string::npos || server.find(']', colon) != std::string::npos) {
        return {server, ippPort()};
    }
    return {server.substr(0, colon), std::atoi(server.c_str() + colon + 1)};
}

}  // namespace

tl::expected<CupsConnection, PrintFailure> CupsConnection::open(const std::string& server) {
    const ServerAddress address = parse_server(server);
    const std::string described =
        address.host.front() == '/' ? address.host : address.host + ":" + std::to_string(address.port);
    http_t* http = httpConnect2(address.host.c_str(), address.port, nullptr, AF_UNSPEC, cupsEncryption(),
                                1, connect_timeout_milliseconds, nullptr);
    if (!http) {
        // errno is not reliable here: libcups closes sockets while it tries each address.
        return tl::make_unexpected(
            PrintFailure{"print.scheduler-down", "cannot reach the CUPS scheduler at " + described});
    }
    httpSetTimeout(http, request_timeout_seconds, give_up_on_timeout, nullptr);
    return CupsConnection(std::unique_ptr<http_t, HttpClose>(http), described);
}

PrintFailure failure_from_last_error(std::string_view doing, const ipp_t* answer) {
    const ipp_status_t status = cupsLastError();
    if (!answer && status == IPP_STATUS_ERROR_INTERNAL) {
        return {"print.scheduler-down", std::string(doing) + ": the scheduler stopped answering"};
    }
    std::string detail = std::string(doing) + ": " + cupsLastErrorString();
    switch (status) {
    case IPP_STATUS_ERROR_SERVICE_UNAVAILABLE:
        return {"print.scheduler-down", std::move(detail)};
    case IPP_STATUS_ERROR_NOT_FOUND:
        return {"print.no-printer", std::move(detail)};
    case IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS:
    case IPP_STATUS_ERROR_PRINTER_IS_DEACTIVATED:
        return {"print.stopped", std::move(detail)};
    default:
        return {"print.failed", std::move(detail)};
    }
}

}  // namespace kiosk::print
