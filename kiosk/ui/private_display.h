// A private X display for drawing screens where there is none (a staff laptop over
// ssh, CI): an Xvfb server of our own, on a display number it picks free itself
// (-displayfd), waited for until it accepts connections, and stopped when this object
// goes. $DISPLAY is pointed at it meanwhile, for SFML.
#pragma once

#include <memory>
#include <string>

#include <sys/types.h>

#include <tl/expected.hpp>

namespace kiosk::ui {

class PrivateDisplay {
public:
    // Starts Xvfb with one screen of `width` x `height`; fails with a sentence saying
    // why (Xvfb not installed, or it did not start).
    static tl::expected<std::unique_ptr<PrivateDisplay>, std::string> start(unsigned width, unsigned height);
    ~PrivateDisplay();
    PrivateDisplay(const PrivateDisplay&) = delete;
    PrivateDisplay& operator=(const PrivateDisplay&) = delete;

    const std::string& name() const { return name_; }  // ":7"

private:
    PrivateDisplay(pid_t server, std::string name, std::string previous_display, bool had_display);

    pid_t server_;
    std::string name_;
    std::string previous_display_;
    bool had_display_;
};

}  // namespace kiosk::ui
