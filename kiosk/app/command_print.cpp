// `letter-kiosk print FILE.pdf`: sends a letter to CUPS, waits until it has printed
// (or not) and says what happened in words. For staff checking a printer, and tests.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "app/commands.h"
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
constexpr off_t largest_letter_bytes = 64 * 1024 * 1024;

// The bytes of `file`, or why it cannot be printed. Opened without blocking and checked
// to be a regular file before any byte is read: a named pipe would block forever and a
// device might never end.
tl::expected<std::vector<unsigned char>, std::string> read_letter_file(const std::filesystem::path& file) {
    const int descriptor = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (descriptor < 0) {
        return tl::make_unexpected(errno == ENOENT ? std::string{"no such file"}
                                                   : std::string{"cannot be read: "} + std::strerror(errno));
    }
    struct stat status {};
    std::vector<unsigned char> bytes;
    std::string problem;
    if (::fstat(descriptor, &status) != 0) {
        problem = std::string{"cannot be read: "} + std::strerror(errno);
    } else if (!S_ISREG(status.st_mode)) {
        problem = S_ISDIR(status.st_mode) ? "is a folder, not a PDF file" : "is not a file (a pipe or a device?)";
    } else if (status.st_size > largest_letter_bytes) {
        problem = "is too large to be a letter (more than 64 MB)";
    } else {
        bytes.resize(static_cast<std::size_t>(status.st_size));
        std::size_t got = 0;
        while (got < bytes.size()) {
            const ssize_t read = ::read(descriptor, bytes.data() + got, bytes.size() - got);
            if (read < 0 && errno == EINTR) continue;
            if (read < 0) problem = std::string{"cannot be read: "} + std::strerror(errno);
            if (read <= 0) break;
            got += static_cast<std::size_t>(read);
        }
        bytes.resize(got);
    }
    ::close(descriptor);
    if (!problem.empty()) return tl::make_unexpected(problem);
    return bytes;
}

int print_file(const PrintOptions& print_options, const CommonOptions& options) {
    auto pdf = read_letter_file(print_options.file);
    if (!pdf) {
        std::cerr << "letter-kiosk print: " << content::terminal_safe(base::shortened_path(print_options.file.string()))
                  << ": " << pdf.error() << "\n";
        return BadInput;
    }
    print::Document document;  // named "Letter 1 of 1", never by its file: that may name the sender
    document.pdf = std::move(*pdf);
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
