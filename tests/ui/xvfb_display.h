// Gives the tests an X display: the one in $DISPLAY when it opens, else a private Xvfb
// started for this test program and stopped at its end (CI has no display).
#pragma once

#include <csignal>
#include <cstdlib>
#include <string>

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "ui/display_check.h"

namespace kiosk::ui::testing {

class XvfbDisplay : public ::testing::Environment {
public:
    // `always_private`: never use the developer's own display (tests that move the mouse).
    explicit XvfbDisplay(bool always_private = false) : always_private_(always_private) {}

    void SetUp() override {
        if (!always_private_ && can_open_display()) return;
        int fds[2];
        ASSERT_EQ(pipe(fds), 0);
        server_ = fork();
        ASSERT_GE(server_, 0);
        if (server_ == 0) {
            close(fds[0]);
            // Quiet, and gone with the test program even if it dies before TearDown.
            prctl(PR_SET_PDEATHSIG, SIGTERM);
            const int null = open("/dev/null", O_WRONLY);
            dup2(null, STDOUT_FILENO);
            dup2(null, STDERR_FILENO);
            const std::string fd = std::to_string(fds[1]);
            execlp("Xvfb", "Xvfb", "-displayfd", fd.c_str(), "-screen", "0", "1920x1280x24", "-nolisten", "tcp", "-noreset",
                   static_cast<char*>(nullptr));
            _exit(127);
        }
        close(fds[1]);
        // Xvfb writes its display number once it accepts connections.
        std::string number;
        char c = 0;
        while (read(fds[0], &c, 1) == 1 && c != '\n') number += c;
        close(fds[0]);
        ASSERT_FALSE(number.empty()) << "Xvfb did not start (is the xvfb package installed?)";
        setenv("DISPLAY", (":" + number).c_str(), 1);
        ASSERT_TRUE(can_open_display());
    }

    void TearDown() override {
        if (server_ <= 0) return;
        kill(server_, SIGTERM);
        waitpid(server_, nullptr, 0);
    }

private:
    bool always_private_;
    pid_t server_ = -1;
};

}  // namespace kiosk::ui::testing
