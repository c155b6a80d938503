// `letter-kiosk print FILE.pdf`: sends a letter to CUPS, waits until it has printed
// (or not) and says what happened in words. For staff checking a printer, and tests.
#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>


#include "app/commands.h"
#include "base/bounded_read.h"
#include "base/shortened.h"
#include "content/terminal_text.h"
#include "print/cups_letter_printer.h"
#include "print/print_messages.h"
#include "print/printer_address.h"

namespace kiosk::app {
namespace {

struct PrintOptions {
    std::filesystem::path file;
    double timeout_seconds = 120;
};

// A letter is tens of kilobytes; this only keeps a wrong file from filling memory.
constexpr std::size_t largest_letter_bytes = 64 * 1024 * 1024;

int print_file(const PrintOptions& print_options, const CommonOptions& options) {
    // Opened without blocking and read only when it is a regular file: a named pipe
    // would block forever and a device might never end.
    const auto pdf = base::read_regular_file(print_options.file, largest_letter_bytes);
    if (!pdf) {
        std::cerr << "letter-kiosk print: " << content::terminal_safe(pdf.error()) << "\n";
        return BadInput;
    }
    print::Document document;  // named "Letter 1 of 1", never by its file: that may name the sender
    document.pdf.assign(pdf->begin(), pdf->end());
    static constexpr char pdf_signature[] = "%PDF-";
    if (document.pdf.size() < 5 || !std::equal(pdf_signature, pdf_signature + 5, document.pdf.begin())) {
        std::cerr << "letter-kiosk print: " << content::terminal_safe(base::shortened_path(print_options.file.string()))
                  << ": not a PDF file\n";
        return BadInput;
    }

    print::CupsSettings settings;
    const print::PrinterAddress address = print::parse_printer_address(options.printer).value();  // checked as read
    settings.printer_name = address.queue;
    settings.server = address.server;
    settings.job_timeout = std::chrono::milliseconds(static_cast<long long>(print_options.timeout_seconds * 1000));
    print::CupsLetterPrinter printer(settings);

    const auto outcomes = printer.print({document}, [](const print::Progress& progress) {
        std::cerr << print::english_text(progress.message_key) << "\n";
    });
    const print::LetterOutcome& outcome = outcomes.front();
    if (outcome.status == print::LetterOutcome::Status::Printed) {
        std::cout << print::english_text(outcome.message_key) << " (" << content::terminal_safe(outcome.detail)
                  << ")\n";
        return Success;
    }
    std::cerr << "letter-kiosk print: not printed: " << print::english_text(outcome.message_key) << "\n  "
              << content::terminal_safe(outcome.detail) << "\n";
    return SystemFailure;
}

}  // namespace

CommandRunner add_print_command(CLI::App& app, CommonOptions& options) {
    auto* command = app.add_subcommand("print", "Send a PDF letter to a CUPS printer and wait until it has printed");
    auto print_options = std::make_shared<PrintOptions>();
    command->add_option("FILE.pdf", print_options->file, "The letter to print")->required();
    options.add_printer(*command);
    command
        ->add_option("--timeout", print_options->timeout_seconds,
                     "Seconds to wait for the job to finish; then it is canceled and reported")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    command->footer("Exit status: 0 printed, 1 bad input (missing file, not a PDF), 2 usage, 3 not printed.");
    return [print_options, &options] { return print_file(*print_options, options); };
}

}  // namespace kiosk::app
