#include "ui/print_worker.h"

#include <filesystem>
#include <iostream>
#include <map>

#include <sodium.h>

#include "print/print_messages.h"
#include "ui/flow/visit.h"

namespace kiosk::ui {
namespace {

// What a run waiting for its turn is told while the run ahead of it waits for the
// printer: the same words, so its visitor is not left with "Please wait" for minutes.
flow::PrintProgress waiting_turn(const flow::PrintRequest& request, const std::string& printer_waits_for) {
    return {request.run, request.letters.front(), request.letter_count, printer_waits_for};
}

// Whether the printer reports something staff must fix before anything prints.
bool needs_staff(const std::string& message_key) {
    return print::severity_of(message_key) == print::Severity::Error;
}

}  // namespace

// Everything the thread touches lives here, shared with the worker object, so the thread
// can outlive a worker destroyed while a printer still holds it.
struct PrintWorker::Shared {
    LetterMaker maker;
    PrinterLookup lookup;
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<PrintJob> jobs;  // waiting their turn
    std::vector<flow::Event> events;
    std::string printer_waits_for;  // what the running letter's printer needs from staff; "" for nothing
    bool stopping = false;
    // The worker thread's alone: by letter key, the job each letter not yet out was last
    // sent as, so its next attempt asks the printer about it before sending it again.
    std::map<std::string, print::SentJob> sent_jobs;

    void post(flow::Event event) {
        std::lock_guard<std::mutex> lock(mutex);
        events.push_back(std::move(event));
    }

    void post_progress(const flow::PrintRequest& request, const print::Progress& progress) {
        if (progress.letter_index >= request.letters.size()) return;
        std::lock_guard<std::mutex> lock(mutex);
        events.push_back(flow::PrintProgress{request.run, request.letters[progress.letter_index], request.letter_count,
                                             progress.message_key});
        tell_waiting_runs(needs_staff(progress.message_key) ? progress.message_key : "");
    }

    // Called with `mutex` held.
    void tell_waiting_runs(const std::string& waits_for) {
        if (waits_for == printer_waits_for) return;
        printer_waits_for = waits_for;
        for (const PrintJob& waiting : jobs) {
            if (!waiting.request.letters.empty()) events.push_back(waiting_turn(waiting.request, waits_for));
        }
    }

    void run_forever() {
        for (;;) {
            PrintJob job;
            {
                std::unique_lock<std::mutex> lock(mutex);
                wake.wait(lock, [&] { return stopping || !jobs.empty(); });
                if (stopping) return;
                job = std::move(jobs.front());
                jobs.pop_front();
            }
            const std::size_t run = job.request.run;
            std::vector<bool> reported(job.request.letters.size(), false);
            bool broke = true;
            try {
                print(job, reported);
                broke = false;
            } catch (const std::exception& error) {
                std::cerr << "letter-kiosk: printing stopped by an error: " << error.what() << '\n';
            } catch (...) {
                std::cerr << "letter-kiosk: printing stopped by an unknown error\n";
            }
            // Every letter gets an outcome, so each is counted and none is left "printing".
            for (std::size_t i = 0; i < reported.size(); ++i) {
                if (!reported[i]) {
                    post(flow::LetterReported{run, job.request.letters[i], flow::LetterResult::Failed, "ui.printing.not-made", ""});
                }
            }
            forget(job);
            // The letters' words passed through this thread's stack (the PDF writer).
            sodium_stackzero(256 * 1024);
            std::lock_guard<std::mutex> lock(mutex);
            // The next run asks the printer afresh; until it does, nobody waits on this one.
            tell_waiting_runs("");
            events.push_back(flow::PrintFinished{run, flow::Clock::now(), broke});
        }
    }

    // Marks in `reported` each letter (by position in the request) whose outcome it posted.
    void print(PrintJob& job, std::vector<bool>& reported) {
        const auto& request = job.request;
        std::vector<print::Document> documents;
        for (std::size_t i = 0; i < request.letters.size(); ++i) {
            auto pdf = maker.write_pdf(job.layouts[i]);
            if (!pdf) {
                std::cerr << "letter-kiosk: a letter could not be made: " << pdf.error() << '\n';
                return;
            }
            print::Document document;
            document.number = request.letters[i] + 1;
            document.count = request.letter_count;
            document.pdf = std::move(*pdf);
            const auto sent = i < request.keys.size() ? sent_jobs.find(request.keys[i]) : sent_jobs.end();
            if (sent != sent_jobs.end()) document.earlier_job = sent->second;
            documents.push_back(std::move(document));
        }
        auto printer = lookup();
        const auto outcomes = printer->print(
            documents, [&](const print::Progress& progress) { post_progress(request, progress); });
        remember_jobs(request, outcomes);
        for (std::size_t i = 0; i < request.letters.size(); ++i) {
            flow::LetterReported report{request.run, request.letters[i], flow::LetterResult::Failed, "ui.printing.not-made", ""};
            if (i < outcomes.size()) {
                const auto& outcome = outcomes[i];
                switch (outcome.status) {
                    case print::LetterOutcome::Status::Printed: report.result = flow::LetterResult::Printed; break;
                    case print::LetterOutcome::Status::Saved:
                        report.result = flow::LetterResult::Saved;
                        report.saved_to = std::filesystem::path(outcome.saved_to).parent_path().string();
                        break;
                    case print::LetterOutcome::Status::Failed:
                        if (!outcome.detail.empty()) std::cerr << "letter-kiosk: printing failed: " << outcome.detail << '\n';
                        break;
                }
                if (!outcome.message_key.empty() && report.result == flow::LetterResult::Failed) {
                    report.message_key = outcome.message_key;
                }
            }
            post(report);
            reported[i] = true;
        }
        forget(documents);
    }

    // Only this run's letters that did not come out can be sent again: the flow never
    // resends a letter printed or saved, and a visit's next run comes after this one.
    // Letters of visits that have ended are dropped with the rest.
    void remember_jobs(const flow::PrintRequest& request, const std::vector<print::LetterOutcome>& outcomes) {
        std::map<std::string, print::SentJob> kept;
        for (std::size_t i = 0; i < outcomes.size() && i < request.keys.size(); ++i) {
            if (outcomes[i].status == print::LetterOutcome::Status::Failed && outcomes[i].job) {
                kept[request.keys[i]] = *outcomes[i].job;
            }
        }
        sent_jobs = std::move(kept);
    }

    // The letters hold the visitor's name: overwrite them before the memory is freed.
    static void forget(PrintJob& job) {
        for (auto& layout : job.layouts) wipe_layout(layout);
        job.layouts.clear();
    }
    static void forget(std::vector<print::Document>& documents) {
        for (auto& document : documents) flow::wipe_bytes(document.pdf);
        documents.clear();
    }
};

PrintWorker::PrintWorker(LetterMaker maker, PrinterLookup lookup) : shared_(std::make_shared<Shared>()) {
    shared_->maker = std::move(maker);
    shared_->lookup = std::move(lookup);
    std::thread([shared = shared_] { shared->run_forever(); }).detach();
}

PrintWorker::~PrintWorker() {
    {
        std::lock_guard<std::mutex> lock(shared_->mutex);
        shared_->stopping = true;
    }
    shared_->wake.notify_all();
}

void PrintWorker::start(PrintJob job) {
    {
        std::lock_guard<std::mutex> lock(shared_->mutex);
        if (!shared_->printer_waits_for.empty() && !job.request.letters.empty()) {
            shared_->events.push_back(waiting_turn(job.request, shared_->printer_waits_for));
        }
        shared_->jobs.push_back(std::move(job));
    }
    shared_->wake.notify_all();
}

std::vector<flow::Event> PrintWorker::take_events() {
    std::lock_guard<std::mutex> lock(shared_->mutex);
    return std::exchange(shared_->events, {});
}

}  // namespace kiosk::ui
