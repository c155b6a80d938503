#include "print/print_messages.h"

#include <algorithm>
#include <iterator>

namespace kiosk::print {
namespace {

struct PrintMessage {
    std::string_view key;
    Severity severity;
    std::string_view english;
};

// Kept word for word in step with content/default/strings/en.yaml (a test checks it).
constexpr PrintMessage messages[] = {
    {"print.ready", Severity::Ok, "The printer is ready."},
    {"print.sending", Severity::Ok, "Sending your letter to the printer..."},
    {"print.printing", Severity::Ok, "Printing your letter..."},
    {"print.printed", Severity::Ok, "Your letter has been printed."},
    {"print.saved", Severity::Ok, "Your letter has been saved. A staff member will print it for you."},
    {"print.toner-low", Severity::Warning, "The printer is low on ink or toner. Your letter will still print."},
    {"print.out-of-paper", Severity::Error, "The printer is out of paper. Please tell a staff member."},
    {"print.paper-jam", Severity::Error, "Paper is stuck in the printer. Please tell a staff member."},
    {"print.door-open", Severity::Error, "A door or cover of the printer is open. Please tell a staff member."},
    {"print.toner-empty", Severity::Error, "The printer is out of ink or toner. Please tell a staff member."},
    {"print.offline", Severity::Error, "The printer is not responding. Please tell a staff member."},
    {"print.stopped", Severity::Error, "The printer has been stopped. Please tell a staff member."},
    {"print.held", Severity::Error, "Your letter was held at the printer and not printed. Please tell a staff member."},
    {"print.canceled", Severity::Error, "Your letter was canceled at the printer and not printed. You can try again."},
    {"print.timed-out", Severity::Error, "The printer took too long and your letter was not printed. Please tell a staff member."},
    {"print.failed", Severity::Error, "Your letter could not be printed. Please tell a staff member."},
    {"print.not-sent", Severity::Error, "This letter was not sent because an earlier letter could not be printed."},
    {"print.no-printer", Severity::Error, "No printer is set up. Please tell a staff member."},
    {"print.scheduler-down", Severity::Error, "The printing service is not running. Please tell a staff member."},
    {"print.save-failed", Severity::Error, "Your letter could not be saved. Please tell a staff member."},
};

const PrintMessage* find_message(std::string_view key) {
    const auto found = std::find_if(std::begin(messages), std::end(messages),
                                    [&](const PrintMessage& message) { return message.key == key; });
    return found == std::end(messages) ? nullptr : found;
}

}  // namespace

std::string english_text(std::string_view key) {
    const PrintMessage* message = find_message(key);
    return std::string(message ? message->english : key);
}

Severity severity_of(std::string_view key) {
    const PrintMessage* message = find_message(key);
    return message ? message->severity : Severity::Error;
}

std::vector<std::string> print_message_keys() {
    std::vector<std::string> keys;
    for (const PrintMessage& message : messages) keys.emplace_back(message.key);
    return keys;
}

}  // namespace kiosk::print
