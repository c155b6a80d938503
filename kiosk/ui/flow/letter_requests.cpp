#include "ui/flow/letter_requests.h"

namespace kiosk::ui::flow {

std::vector<letter::LetterRequest> letter_requests(const Visit& visit, content::PaperSize paper) {
    std::vector<letter::LetterRequest> requests;
    for (const auto& recipient : visit.recipients) {
        letter::LetterRequest request;
        request.recipient_id = recipient;
        request.state_id = visit.state;
        request.county = visit.county;
        request.reason_ids = visit.reasons;
        request.sender.name = visit.sender_name;
        if (!visit.sender_address.empty()) request.sender.address_lines = {visit.sender_address};
        request.language = letter_language(visit);
        request.paper = paper;
        requests.push_back(std::move(request));
    }
    return requests;
}

}  // namespace kiosk::ui::flow
