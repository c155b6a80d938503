#include "ui/private_display.h"

#include <csignal>
#include <cstdlib>

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ui/display_check.h"

namespace kiosk::ui {

namespace {

constexpr int xvfb_not_found = 127;

}  // namespace

tl::expected<std::unique_ptr<PrivateDisplay>, std::string> PrivateDisplay::start(unsigned width, unsigned height) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return tl::make_unexpected(std::string("cannot start Xvfb: no pipe"));
    const std::string screen = std::to_string(width) + "x" + std::to_string(height) + "x24";
    const pid_t server = fork();
    if (server < 0) {
        close(fds[0]);
        close(fds[1]);
        return tl::make_unexpected(std::string("cannot start Xvfb: fork failed"));
    }
    if (server == 0) {
        close(fds[0]);
        // Gone with us even if we die before the destructor runs.
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        // The write end must survive exec: Xvfb writes its display number to it.
        const int fd = dup(fds[1]);
        const std::string fd_text = std::to_string(fd);
        execlp("Xvfb", "Xvfb", "-displayfd", fd_text.c_str(), "-screen", "0", screen.c_str(), "-nolisten", "tcp",
               "-noreset", static_cast<char*>(nullptr));
        _exit(xvfb_not_found);
    }
    close(fds[1]);
    // Xvfb writes its display number once it accepts connections; end of file if it died.
    std::string number;
    char c = 0;
    while (read(fds[0], &c, 1) == 1 && c != '\n') number += c;
    close(fds[0]);
    if (number.empty()) {
        int status = 0;
        kill(server, SIGTERM);
        waitpid(server, &status, 0);
        if (WIFEXITED(status) && WEXITSTATUS(status) == xvfb_not_found) {
            return tl::make_unexpected(std::string(
                "there is no display, and Xvfb, which draws the screens without one, is not installed "
                "(Debian: sudo apt-get install xvfb)"));
        }
        return tl::make_unexpected(std::string("there is no display, and Xvfb did not start"));
    }
    const char* previous = std::getenv("DISPLAY");
    std::unique_ptr<PrivateDisplay> display(
        new PrivateDisplay(server, ":" + number, previous ? previous : "", previous != nullptr));
    setenv("DISPLAY", display->name_.c_str(), 1);
    if (!can_open_display()) return tl::make_unexpected("Xvfb started on " + display->name_ + " but cannot be opened");
    return display;
}

PrivateDisplay::PrivateDisplay(pid_t server, std::string name, std::string previous_display, bool had_display)
    : server_(server), name_(std::move(name)), previous_display_(std::move(previous_display)), had_display_(had_display) {}

PrivateDisplay::~PrivateDisplay() {
    kill(server_, SIGTERM);
    waitpid(server_, nullptr, 0);
    if (had_display_) {
        setenv("DISPLAY", previous_display_.c_str(), 1);
    } else {
        unsetenv("DISPLAY");
    }
}

}  // namespace kiosk::ui
