// One connection to the CUPS scheduler, opened per batch of letters so a kiosk that
// runs all day survives cupsd restarts. libcups is used only inside kiosk/print.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <cups/cups.h>
#include <tl/expected.hpp>

#include "print/printer_status.h"

namespace kiosk::print {

class CupsConnection {
public:
    // `server`: "host:port", "host" or a domain socket path; empty means what libcups
    // would use (CUPS_SERVER, client.conf, then the local scheduler's socket).
    static tl::expected<CupsConnection, PrintFailure> open(const std::string& server);

    http_t* http() const { return http_.get(); }
    const std::string& server() const { return server_; }

private:
    struct HttpClose {
        void operator()(http_t* http) const { httpClose(http); }
    };
    CupsConnection(std::unique_ptr<http_t, HttpClose> http, std::string server)
        : http_(std::move(http)), server_(std::move(server)) {}

    std::unique_ptr<http_t, HttpClose> http_;
    std::string server_;
};

// The failure behind libcups's last error on this thread, `doing` saying what failed
// ("creating the job"), `answer` the scheduler's reply (nullptr when none came): a
// scheduler that went away reads "print.scheduler-down". libcups reports a connection
// that dropped mid-request (cupsd stopped or restarted) as IPP_STATUS_ERROR_INTERNAL
// with a stale strerror(errno), the status a scheduler's own internal error has too:
// only the missing reply tells the two apart.
PrintFailure failure_from_last_error(std::string_view doing, const ipp_t* answer);

}  // namespace kiosk::print
