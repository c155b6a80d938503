#include "ui/flow/letter_requests.h"

namespace kiosk::ui::flow {
namespace {

// One typed line becomes the sender block: the street before the first comma, the
// rest ("Columbia, MO 65201") on the last line, which the letter reads as the city.
std::vector<std::string> address_lines(const std::string& typed) {
    auto trim = [](std::string text) {
        const auto first = text.find_first_not_of(' ');
        const auto last = text.find_last_not_of(' ');
        return first == std::string::npos ? std::string{} : text.substr(first, last - first + 1);
    };
    const std::string whole = trim(typed);
    if (whole.empty()) return {};
    const auto comma = whole.find(',');
    if (comma == std::string::npos) return {whole};
    const std::string street = trim(whole.substr(0, comma)), rest = trim(whole.substr(comma + 1));
    if (street.empty()) return {rest};
    if (rest.empty()) return {street};
    return {street, rest};
}

}  // namespace

std::vector<letter::LetterRequest> letter_requests(const Visit& visit, content::PaperSize paper) {
    std::vector<letter::LetterRequest> requests;
    for (const auto& recipient : visit.recipients) {
        letter::LetterRequest request;
        request.recipient_id = recipient;
        request.state_id = visit.state;
        request.county = visit.county;
        request.reason_ids = visit.reasons;
        request.sender.name = visit.sender_name;
        request.sender.address_lines = address_lines(visit.sender_address);
        request.language = letter_language(visit);
        request.paper = paper;
        requests.push_back(std::move(request));
    }
    return requests;
}

}  // namespace kiosk::ui::flow
