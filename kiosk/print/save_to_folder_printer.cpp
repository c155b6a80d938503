#include "print/save_to_folder_printer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <system_error>

#include <tl/expected.hpp>

#include "print/printer_status.h"
#include "print/saved_letter_files.h"

namespace kiosk::print {
namespace {

namespace fs = std::filesystem;

PrintFailure save_failure(const std::string& what, int error) {
    return {"print.save-failed", what + ": " + std::strerror(error)};
}

bool write_all(int descriptor, const std::vector<unsigned char>& bytes) {
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t step = ::write(descriptor, bytes.data() + written, bytes.size() - written);
        if (step < 0 && errno == EINTR) continue;
        if (step <= 0) return false;
        written += static_cast<std::size_t>(step);
    }
    return true;
}

// Written by hand over POSIX calls because std::filesystem has no exclusive create
// with a mode, no fsync and no rename that refuses to replace.
tl::expected<fs::path, PrintFailure> save_atomically(const fs::path& folder, const std::string& stem,
                                                     const std::vector<unsigned char>& pdf) {
    std::string temporary = (folder / temporary_letter_template(stem)).string();
    const int descriptor = ::mkstemp(temporary.data());  // mode 0600
    if (descriptor < 0) return tl::make_unexpected(save_failure("creating a file in " + folder.string(), errno));

    const bool written = write_all(descriptor, pdf) && ::fsync(descriptor) == 0;
    const int write_error = errno;
    const bool closed = ::close(descriptor) == 0;
    if (!written || !closed) {
        ::unlink(temporary.c_str());
        return tl::make_unexpected(save_failure("writing " + temporary, written ? errno : write_error));
    }
    // Two letters saved in the same second get distinct names: link() refuses to replace.
    for (int attempt = 1;; ++attempt) {
        const fs::path target = folder / (stem + (attempt > 1 ? "-" + std::to_string(attempt) : "") + ".pdf");
        if (::link(temporary.c_str(), target.c_str()) == 0) {
            ::unlink(temporary.c_str());
            return target;
        }
        if (errno != EEXIST || attempt == 100) {
            const int error = errno;
            ::unlink(temporary.c_str());
            return tl::make_unexpected(save_failure("saving " + target.string(), error));
        }
    }
}

}  // namespace

std::vector<LetterOutcome> SaveToFolderPrinter::print(const std::vector<Document>& documents,
                                                      const std::function<void(const Progress&)>& on_progress) {
    std::vector<LetterOutcome> outcomes;
    std::error_code error;
    // A folder we create is the kiosk user's alone; one staff chose is left as it is.
    if (fs::create_directories(folder_, error)) ::chmod(folder_.c_str(), 0700);
    remove_leftover_letters(folder_);

    for (std::size_t index = 0; index < documents.size(); ++index) {
        if (on_progress) on_progress(Progress{index, documents.size(), "print.sending"});
        LetterOutcome outcome;
        if (error) {
            outcome.message_key = "print.save-failed";
            outcome.detail = "cannot create " + folder_.string() + ": " + error.message();
        } else if (auto saved = save_atomically(folder_, saved_letter_stem(documents[index].number, documents[index].count),
                                                documents[index].pdf)) {
            outcome.status = LetterOutcome::Status::Saved;
            outcome.message_key = "print.saved";
            outcome.saved_to = saved->string();
            outcome.detail = "saved as " + outcome.saved_to;
        } else {
            outcome.message_key = saved.error().message_key;
            outcome.detail = saved.error().detail;
        }
        const bool stop = outcome.status == LetterOutcome::Status::Failed;
        outcomes.push_back(std::move(outcome));
        if (stop) break;
    }
    while (outcomes.size() < documents.size()) {
        LetterOutcome not_sent;
        not_sent.message_key = "print.not-sent";
        not_sent.detail = "not saved: an earlier letter could not be saved";
        outcomes.push_back(std::move(not_sent));
    }
    return outcomes;
}

std::string SaveToFolderPrinter::destination_description() const { return "Saving letters to " + folder_.string(); }

fs::path default_save_folder() {
    const char* data_home = std::getenv("XDG_DATA_HOME");
    if (data_home && *data_home == '/') return fs::path(data_home) / "letter-kiosk" / "letters";
    const char* home = std::getenv("HOME");
    return fs::path(home && *home ? home : ".") / ".local" / "share" / "letter-kiosk" / "letters";
}

}  // namespace kiosk::print
