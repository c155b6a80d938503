#include "print/printer_admin.h"

#include <algorithm>

#include "print/cups_connection.h"
#include "print/cups_queue.h"

namespace kiosk::print {
namespace {

// Runs `action` on the open queue, or says why the scheduler or queue cannot be reached.
template <typename Action>
auto with_queue(const std::string& server, const std::string& name, Action&& action)
    -> decltype(action(std::declval<CupsQueue&>())) {
    auto connection = CupsConnection::open(server);
    if (!connection) return tl::make_unexpected(connection.error());
    auto queue = CupsQueue::open(*connection, name);
    if (!queue) return tl::make_unexpected(queue.error());
    return action(*queue);
}

}  // namespace

tl::expected<QueueReport, PrintFailure> report_queue(const std::string& server, const std::string& name) {
    return with_queue(server, name, [](CupsQueue& queue) -> tl::expected<QueueReport, PrintFailure> {
        QueueReport report;
        report.name = queue.name();
        auto condition = queue.condition();
        if (!condition) return tl::make_unexpected(condition.error());
        report.condition = std::move(*condition);
        const auto jobs = queue.unfinished_jobs();
        if (!jobs) return tl::make_unexpected(jobs.error());
        for (const QueuedJob& job : *jobs) {
            if (job.ours) ++report.letters_waiting;
            if (job.state == JobCondition::State::Held) ++report.held_jobs;
        }
        return report;
    });
}

tl::expected<int, PrintFailure> resume_queue(const std::string& server, const std::string& name) {
    return with_queue(server, name, [](CupsQueue& queue) -> tl::expected<int, PrintFailure> {
        if (auto resumed = queue.resume(); !resumed) return tl::make_unexpected(resumed.error());
        const auto jobs = queue.unfinished_jobs();
        if (!jobs) return tl::make_unexpected(jobs.error());
        int released = 0;
        for (const QueuedJob& job : *jobs) {
            if (job.state != JobCondition::State::Held) continue;
            if (auto done = queue.release(job.id); !done) return tl::make_unexpected(done.error());
            ++released;
        }
        return released;
    });
}

tl::expected<int, PrintFailure> cancel_kiosk_jobs(const std::string& server, const std::string& name) {
    return with_queue(server, name, [](CupsQueue& queue) -> tl::expected<int, PrintFailure> {
        const auto jobs = queue.unfinished_jobs();
        if (!jobs) return tl::make_unexpected(jobs.error());
        int canceled = 0;
        for (const QueuedJob& job : *jobs) {
            if (!job.ours) continue;
            queue.cancel(job.id);
            ++canceled;
        }
        return canceled;
    });
}

tl::expected<int, PrintFailure> send_page(const std::string& server, const std::string& name,
                                          std::vector<unsigned char> pdf, const std::string& job_name) {
    return with_queue(server, name, [&](CupsQueue& queue) -> tl::expected<int, PrintFailure> {
        Document document;
        document.pdf = std::move(pdf);
        document.title = job_name;
        return queue.submit(document);
    });
}

}  // namespace kiosk::print
