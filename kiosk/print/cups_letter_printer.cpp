#include "print/cups_letter_printer.h"

#include "print/cups_connection.h"
#include "print/cups_job_follower.h"
#include "print/cups_queue.h"

namespace kiosk::print {

std::vector<LetterOutcome> CupsLetterPrinter::print(const std::vector<Document>& documents,
                                                    const std::function<void(const Progress&)>& on_progress) {
    std::vector<LetterOutcome> outcomes;
    outcomes.reserve(documents.size());
    // The letters after a failure stay unsent, each still known by its earlier job.
    auto not_sent = [&](const PrintFailure& why) {
        while (outcomes.size() < documents.size()) {
            outcomes.push_back(failed_outcome({"print.not-sent", "not sent: " + why.detail}));
            outcomes.back().job = documents[outcomes.size() - 1].earlier_job;
        }
        return outcomes;
    };
    if (documents.empty()) return outcomes;

    auto connection = CupsConnection::open(settings_.server);
    if (!connection) {
        outcomes.push_back(failed_outcome(connection.error()));
        outcomes.back().job = documents.front().earlier_job;
        return not_sent(connection.error());
    }
    auto queue = CupsQueue::open(*connection, settings_.printer_name);
    if (!queue) {
        outcomes.push_back(failed_outcome(queue.error()));
        outcomes.back().job = documents.front().earlier_job;
        return not_sent(queue.error());
    }

    for (std::size_t index = 0; index < documents.size(); ++index) {
        CupsJobFollower follower(*queue, settings_, Progress{index, documents.size(), ""}, on_progress);
        LetterOutcome outcome = follower.print(documents[index]);
        outcome.job = follower.job();
        const bool stop = outcome.status == LetterOutcome::Status::Failed;
        const PrintFailure why{outcome.message_key, outcome.detail};
        outcomes.push_back(std::move(outcome));
        if (stop) return not_sent(why);
    }
    return outcomes;
}

std::string CupsLetterPrinter::destination_description() const {
    const std::string queue =
        settings_.printer_name.empty() ? "the default CUPS printer" : "the CUPS printer '" + settings_.printer_name + "'";
    return settings_.server.empty() ? queue : queue + " on " + settings_.server;
}

}  // namespace kiosk::print
