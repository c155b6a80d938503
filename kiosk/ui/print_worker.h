// Sends a visit's letters to the printer on a worker thread, so the screen keeps showing
// progress; the kiosk loop collects what it reports as flow events.
//
// Runs are queued and done one after another on one thread, so a new visit's Print
// never waits for an old run (still waiting for paper, say) to be joined. While the run
// printing waits for staff (out of paper, a jam), the runs behind it are told the same
// at once. Anything the printer or the PDF writer throws ends its run as "not made",
// never the program. Destroying the worker does not wait for a printer: the thread is
// told to stop and left to end on its own, and the process may exit under it.
//
// Each letter's key (flow::PrintRequest::keys) names the job it was last sent as, so a
// Retry hands that job to the printer, which asks what became of it before sending the
// letter again: a letter that came out after all is never printed twice.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "letter/letter_layout.h"
#include "print/letter_printer.h"
#include "ui/flow/flow_event.h"
#include "ui/flow/visitor_flow.h"
#include "ui/letter_previews.h"

namespace kiosk::ui {

// Finds the printer for each run, so a CUPS that came up after the kiosk is used.
using PrinterLookup = std::function<std::unique_ptr<print::LetterPrinter>()>;

// One print run: the flow's request and the laid-out letters it names.
struct PrintJob {
    flow::PrintRequest request;
    std::vector<letter::LetterLayout> layouts;  // by request.letters order
};

class PrintWorker {
public:
    PrintWorker(LetterMaker maker, PrinterLookup lookup);
    ~PrintWorker();
    PrintWorker(const PrintWorker&) = delete;
    PrintWorker& operator=(const PrintWorker&) = delete;

    void start(PrintJob job);
    // Progress, outcomes and the end of each run, in the order they happened.
    std::vector<flow::Event> take_events();

private:
    struct Shared;
    std::shared_ptr<Shared> shared_;
};

}  // namespace kiosk::ui
