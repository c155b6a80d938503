#include "private_cupsd.h"

#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace kiosk::print::testing {
namespace {

namespace fs = std::filesystem;

// The kernel picks a port nobody is listening on. Another test may be handed the same
// one before our cupsd binds it; start_on() notices and the constructor tries again.
int free_port() {
    const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (probe < 0 || ::bind(probe, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
        ::getsockname(probe, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        throw std::runtime_error("cannot find a free port");
    }
    ::close(probe);
    return ntohs(address.sin_port);
}

void write_file(const fs::path& path, const std::string& text) {
    std::ofstream(path) << text;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string cupsd_conf(int port, const fs::path& root) {
    std::ostringstream conf;
    conf << "Listen 127.0.0.1:" << port << "\n"
         << "LogLevel info\n"
         << "Browsing No\n"
         << "DefaultShared No\n"
         << "WebInterface No\n"
         << "Printcap " << (root / "printcap").string() << "\n"
         << "PreserveJobFiles No\n"
         << "PreserveJobHistory Yes\n"
         << "<Location />\n  Order allow,deny\n  Allow from 127.0.0.1\n</Location>\n"
         << "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n";
    return conf.str();
}

std::string cups_files_conf(const fs::path& root) {
    std::ostringstream conf;
    conf << "ServerRoot " << (root / "conf").string() << "\n"
         << "StateDir " << (root / "state").string() << "\n"
         << "CacheDir " << (root / "cache").string() << "\n"
         << "RequestRoot " << (root / "spool").string() << "\n"
         << "ServerBin " << (root / "bin").string() << "\n"
         << "ErrorLog " << (root / "log" / "error_log").string() << "\n"
         << "AccessLog " << (root / "log" / "access_log").string() << "\n"
         << "PageLog " << (root / "log" / "page_log").string() << "\n"
         // cupsd refuses to run jobs as root; backends run as lp.
         << "User lp\nGroup lp\nSystemGroup root\n";
    return conf.str();
}

// The system's CUPS programs, plus our backend in place of the real ones.
void make_server_bin(const fs::path& bin) {
    fs::create_directories(bin / "backend");
    for (const char* part : {"filter", "daemon", "notifier", "cgi-bin", "driver", "monitor"}) {
        const fs::path system = fs::path("/usr/lib/cups") / part;
        if (fs::exists(system)) fs::create_directory_symlink(system, bin / part);
    }
    // cupsd runs only backends nobody but root can change.
    const fs::path backend = bin / "backend" / "testbackend";
    fs::copy_file(TEST_BACKEND_SCRIPT, backend);
    fs::permissions(backend, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                 fs::perms::others_read | fs::perms::others_exec);
}

}  // namespace

bool eventually(const std::function<bool()>& condition, double seconds) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (!condition()) {
        if (std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return true;
}

PrivateCupsd::PrivateCupsd() {
    if (::geteuid() != 0) throw std::runtime_error("a private cupsd needs root (it runs jobs as lp)");
    std::string root_template = (fs::temp_directory_path() / "letter-kiosk-cupsd-XXXXXX").string();
    if (!::mkdtemp(root_template.data())) throw std::runtime_error("cannot create a temporary folder");
    root_ = root_template;
    // Backends run as lp and must reach the capture folder through every parent.
    fs::permissions(root_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                               fs::perms::others_read | fs::perms::others_exec);
    for (const char* folder : {"conf", "state", "cache", "spool", "log"}) fs::create_directory(root_ / folder);
    make_server_bin(root_ / "bin");
    capture_ = root_ / "capture";
    fs::create_directory(capture_);
    const passwd* lp = ::getpwnam("lp");
    if (!lp || ::chown(capture_.c_str(), lp->pw_uid, lp->pw_gid) != 0) {
        throw std::runtime_error("cannot give the capture folder to user lp");
    }
    write_file(root_ / "conf" / "cups-files.conf", cups_files_conf(root_));

    for (int attempt = 0; attempt < 10; ++attempt) {
        if (start_on(free_port())) return;
    }
    const std::string log = read_file(root_ / "log" / "error_log");
    fs::remove_all(root_);
    throw std::runtime_error("cupsd did not start:\n" + log);
}

bool PrivateCupsd::start_on(int port) {
    write_file(root_ / "conf" / "cupsd.conf", cupsd_conf(port, root_));
    fs::remove(root_ / "log" / "error_log");

    const std::string conf = (root_ / "conf" / "cupsd.conf").string();
    const std::string files = (root_ / "conf" / "cups-files.conf").string();
    const pid_t parent = ::getpid();
    pid_ = ::fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        ::setpgid(0, 0);  // cupsd and its backends: one group to stop at the end
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) ::_exit(1);  // the test died before prctl
        ::execl("/usr/sbin/cupsd", "cupsd", "-f", "-c", conf.c_str(), "-s", files.c_str(), nullptr);
        ::_exit(127);
    }
    ::setpgid(pid_, pid_);

    const std::string listening = "Listening to 127.0.0.1:" + std::to_string(port);
    const bool started = eventually([&] {
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            return true;  // exited: stop waiting, reported below
        }
        return read_file(root_ / "log" / "error_log").find(listening) != std::string::npos;
    });
    if (started && pid_ > 0) {
        port_ = port;
        server_ = "127.0.0.1:" + std::to_string(port);
        return true;
    }
    stop();
    return false;
}

PrivateCupsd::~PrivateCupsd() {
    stop();
    std::error_code ignored;
    fs::remove_all(root_, ignored);
}

void PrivateCupsd::stop() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    const bool exited = eventually([&] { return ::waitpid(pid_, nullptr, WNOHANG) == pid_; }, 5.0);
    ::kill(-pid_, SIGKILL);  // anything of cupsd's still running, cupsd too if it hung
    if (!exited) ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
}

void PrivateCupsd::restart() {
    if (pid_ > 0) throw std::runtime_error("cupsd is still running");
    if (!start_on(port_)) {
        throw std::runtime_error("cupsd did not start again:\n" + read_file(root_ / "log" / "error_log"));
    }
}

void PrivateCupsd::add_queue(const std::string& name, bool make_default) {
    run("lpadmin", "-p " + name + " -E -v testbackend:" + capture_.string() + " -m raw -o printer-is-shared=false");
    if (make_default) run("lpadmin", "-d " + name);
}

void PrivateCupsd::set_fault(const std::string& fault) {
    if (fault.empty()) {
        fs::remove(capture_ / "fault");
    } else {
        write_file(capture_ / "fault", fault + "\n");
    }
}

std::vector<std::vector<unsigned char>> PrivateCupsd::captured_letters() const {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(capture_)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("job-", 0) == 0) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());  // job-00001.pdf, job-00002.pdf, ...: job order
    std::vector<std::vector<unsigned char>> letters;
    for (const fs::path& file : files) {
        const std::string bytes = read_file(file);
        letters.emplace_back(bytes.begin(), bytes.end());
    }
    return letters;
}

std::vector<fs::path> PrivateCupsd::spooled_documents() const {
    std::vector<fs::path> documents;
    for (const auto& entry : fs::directory_iterator(root_ / "spool")) {
        if (entry.is_regular_file() && entry.path().filename().string().rfind('d', 0) == 0) {
            documents.push_back(entry.path());
        }
    }
    return documents;
}

std::string PrivateCupsd::run(const std::string& tool, const std::string& arguments) const {
    const std::string command = tool + " -h " + server_ + " " + arguments + " 2>&1";
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) throw std::runtime_error("cannot run " + tool);
    std::string output;
    std::array<char, 512> buffer{};
    for (std::size_t read; (read = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) {
        output.append(buffer.data(), read);
    }
    const int status = ::pclose(pipe);
    if (status != 0) throw std::runtime_error(command + " failed: " + output);
    return output;
}

}  // namespace kiosk::print::testing
