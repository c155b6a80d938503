#include "ui/flow/letter_requests.h"

namespace kiosk::ui::flow {
namespace {

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(' ');
    const auto last = text.find_last_not_of(' ');
    return first == std::string::npos ? std::string{} : text.substr(first, last - first + 1);
}

// "12 Elm St" then "Columbia, MO 65201", each line only when something was typed for it.
std::vector<std::string> address_lines(const Visit& visit) {
    std::vector<std::string> lines;
    const std::string street = trimmed(visit.sender_street), town = trimmed(visit.sender_town),
                      zip = trimmed(visit.sender_zip);
    if (!street.empty()) lines.push_back(street);
    std::string state_and_zip = visit.state;
    if (!zip.empty()) state_and_zip += (state_and_zip.empty() ? "" : " ") + zip;
    if (!town.empty() && !state_and_zip.empty()) lines.push_back(town + ", " + state_and_zip);
    else if (!town.empty()) lines.push_back(town);
    else if (!zip.empty()) lines.push_back(state_and_zip);
    return lines;
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
        request.sender.address_lines = address_lines(visit);
        request.sender.town = trimmed(visit.sender_town);
        request.language = letter_language(visit);
        request.paper = paper;
        requests.push_back(std::move(request));
    }
    return requests;
}

}  // namespace kiosk::ui::flow
