#include "print/cups_destinations.h"

#include "print/cups_connection.h"
#include "print/cups_queue.h"

namespace kiosk::print {

tl::expected<std::vector<Destination>, PrintFailure> list_destinations(const std::string& server) {
    auto connection = CupsConnection::open(server);
    if (!connection) return tl::make_unexpected(connection.error());

    cups_dest_t* found = nullptr;
    const int count = cupsGetDests2(connection->http(), &found);
    if (count == 0 && cupsLastError() > IPP_STATUS_OK_CONFLICTING && cupsLastError() != IPP_STATUS_ERROR_NOT_FOUND) {
        return tl::make_unexpected(failure_from_last_error("listing printers", nullptr));
    }
    std::vector<Destination> destinations;
    for (int i = 0; i < count; ++i) {
        const cups_dest_t& dest = found[i];
        if (dest.instance) continue;  // lpoptions instances are the same queue again
        destinations.push_back({dest.name, dest.is_default != 0, condition_from_options(dest.num_options, dest.options)});
    }
    cupsFreeDests(count, found);
    return destinations;
}

tl::expected<std::optional<std::string>, PrintFailure> default_destination(const std::string& server) {
    auto connection = CupsConnection::open(server);
    if (!connection) return tl::make_unexpected(connection.error());
    auto queue = CupsQueue::open(*connection, "");
    if (queue) return std::optional<std::string>(queue->name());
    if (queue.error().message_key == "print.scheduler-down") return tl::make_unexpected(queue.error());
    return std::optional<std::string>();
}

}  // namespace kiosk::print
