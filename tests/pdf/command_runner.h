// Runs a shell command for tests that read PDFs back with poppler's tools or run
// the letter-kiosk program, capturing what it printed and its exit code.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace kiosk::testing {

struct CommandResult {
    int exit_code = -1;
    std::string output;  // standard output and standard error together
};

CommandResult run_command(const std::string& command_line);

// A quoted shell word: 'it'\''s'.
std::string shell_quoted(const std::string& word);

// A fresh folder under the system's temporary folder, removed with the object.
class ScratchFolder {
public:
    ScratchFolder();
    ~ScratchFolder();
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

void write_bytes(const std::filesystem::path& file, const std::vector<unsigned char>& bytes);

}  // namespace kiosk::testing
