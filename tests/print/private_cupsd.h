// A real CUPS scheduler for one test, started as an ordinary child process with its
// own configuration, state and spool under a temporary folder, listening on a free
// 127.0.0.1 port, with one raw queue printing through tests/print/testbackend.sh.
// Nothing outlives the test: the destructor stops cupsd (and its process group), and
// if the test process dies cupsd gets SIGTERM from the kernel (PR_SET_PDEATHSIG).
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace kiosk::print::testing {

class PrivateCupsd {
public:
    PrivateCupsd();  // starts cupsd; throws std::runtime_error when it cannot
    ~PrivateCupsd();
    PrivateCupsd(const PrivateCupsd&) = delete;
    PrivateCupsd& operator=(const PrivateCupsd&) = delete;

    // "127.0.0.1:<port>", for CupsSettings::server and the CUPS commands' -h.
    const std::string& server() const { return server_; }
    int port() const { return port_; }

    // Adds a raw queue printing into capture_folder(); `make_default` makes it the
    // scheduler's default destination.
    void add_queue(const std::string& name, bool make_default = false);

    // "", "out-of-paper", "jam", "wait-for-paper" or "hang": how the test backend treats
    // the next jobs (see testbackend.sh); a job waiting for paper prints once it changes.
    void set_fault(const std::string& fault);

    // The letters the test backend received, in job order.
    std::vector<std::vector<unsigned char>> captured_letters() const;
    const std::filesystem::path& capture_folder() const { return capture_; }

    // Document files cupsd still holds in its spool (d<job>-<doc>).
    std::vector<std::filesystem::path> spooled_documents() const;

    // Runs a CUPS command line tool against this scheduler ("cupsenable test"
    // becomes "cupsenable -h <server> test"); returns its standard output.
    std::string run(const std::string& tool, const std::string& arguments) const;

    void stop();  // the scheduler goes away, as when it crashes

    // Starts the scheduler again after stop(), on the same port, with the queues and
    // the jobs it kept (cupsd reloads them from its state and spool folders).
    void restart();

private:
    bool start_on(int port);

    std::filesystem::path root_;
    std::filesystem::path capture_;
    std::string server_;
    int port_ = 0;
    pid_t pid_ = -1;
};

// Polls `condition` for up to `seconds`; true as soon as it holds. For waiting on
// another process (cupsd, the backend), never for asserting speed.
bool eventually(const std::function<bool()>& condition, double seconds = 10.0);

}  // namespace kiosk::print::testing
