// The one interface the kiosk's print screen talks to: "print these letters, in
// order, report progress, tell me what happened". Implementations: CUPS, and a
// save-to-folder fallback when no printer is configured.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::print {

// One letter's job at a CUPS scheduler, kept so that a later attempt at the same letter
// can ask what became of it instead of printing it a second time.
struct SentJob {
    std::string server;  // as CupsSettings::server when it was sent
    std::string queue;
    int id = 0;
    std::string uuid;  // job-uuid; "" when the scheduler went away before saying it
};

struct Document {
    std::size_t number = 1;  // which of the visit's letters, from 1: the "2" of "2 of 3"
    std::size_t count = 1;   // how many letters the visit has
    std::vector<unsigned char> pdf;  // the letter, in memory
    // The job an earlier attempt at this same letter was sent as, if any.
    std::optional<SentJob> earlier_job;
    std::string title;  // the job's name when not a visitor's letter ("Test page")
};

// "Letter 2 of 3": what the printer queue and staff see; never personal data.
inline std::string job_name(const Document& document) {
    if (!document.title.empty()) return document.title;
    return "Letter " + std::to_string(document.number) + " of " + std::to_string(document.count);
}

// What happened to one letter, in words a visitor can act on. `message_key` is a
// string key of the content pack ("print.out-of-paper", ...) so the screen can say
// it in the visitor's language; `detail` is for staff and logs (never personal data).
struct LetterOutcome {
    enum class Status { Printed, Saved, Failed } status = Status::Failed;
    std::string message_key;
    std::string detail;
    std::string saved_to;  // for Status::Saved: the file the letter was saved as
    // The job the letter is known by at the scheduler, if it was ever sent there: the
    // one sent now, or the earlier one when that was not sent again.
    std::optional<SentJob> job;
};

struct Progress {
    std::size_t letter_index = 0;  // 0-based, the letter being sent
    std::size_t letter_count = 0;
    std::string message_key;  // "print.sending", "print.printing", ...
};

class LetterPrinter {
public:
    virtual ~LetterPrinter() = default;

    // Prints `documents` in order and returns one outcome per document. Blocks; the UI
    // calls it from a worker thread. `on_progress` may be called from that thread.
    // Stops at the first failure: the remaining letters are reported as not sent.
    // A document with an earlier job is not sent again while that job may still print
    // or has printed (see CupsJobFollower).
    virtual std::vector<LetterOutcome> print(const std::vector<Document>& documents,
                                             const std::function<void(const Progress&)>& on_progress) = 0;

    // "Printer ready", "Saving letters to /home/…/letters" — said on screen in words.
    virtual std::string destination_description() const = 0;
};

}  // namespace kiosk::print
