#include "ui/speech/spoken_voice.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

extern char** environ;

namespace kiosk::ui::speech {
namespace {

struct Rate {
    int words_a_minute;  // espeak-ng's -s: 80 at the least
    int word_gap;        // espeak-ng's -g, in 10 ms: slower than 80 words a minute
};
// About 62, 70, 88, 105, 125, 155, 195 and 250 words a minute (measured: the slowest
// takes twice as long as the usual one, the fastest half as long).
constexpr std::array<Rate, rate_steps> rates = {{{80, 5}, {80, 2}, {90, 0}, {105, 0}, {125, 0}, {155, 0}, {195, 0}, {250, 0}}};

constexpr std::size_t wav_header_bytes = 44;
constexpr int poll_milliseconds = 20;  // how soon a stop is noticed while espeak-ng thinks

std::uint32_t little_endian(const unsigned char* bytes, int count) {
    std::uint32_t value = 0;
    for (int i = count - 1; i >= 0; --i) value = value << 8 | bytes[i];
    return value;
}

bool send_all(int socket, std::string_view bytes) {
    while (!bytes.empty()) {
        // MSG_NOSIGNAL: an espeak-ng that died must not take the kiosk with it (SIGPIPE).
        const ssize_t sent = ::send(socket, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (sent < 0 && errno == EINTR) continue;
        if (sent <= 0) return false;
        bytes.remove_prefix(std::size_t(sent));
    }
    return true;
}

}  // namespace

std::vector<std::string> espeak_arguments(const VoiceChoice& choice) {
    const Rate& rate = rates[std::size_t(std::clamp(choice.rate_step, 0, rate_steps - 1))];
    // Latin American Spanish: the visitors of a US campaign.
    const std::string voice = choice.language == "es" ? "es-419" : "en-us";
    return {"-v", voice, "-s", std::to_string(rate.words_a_minute), "-g", std::to_string(rate.word_gap), "--stdout"};
}

SpokenVoice::SpokenVoice(std::string program) : program_(std::move(program)) {}

SpokenVoice::~SpokenVoice() { end(ready_); }

base::Result<SpokenVoice::Process> SpokenVoice::start(const VoiceChoice& choice) const {
    int text[2], samples[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, text) != 0) {
        return base::failure(std::string("cannot start espeak-ng: ") + std::strerror(errno));
    }
    if (::pipe2(samples, O_CLOEXEC) != 0) {
        ::close(text[0]);
        ::close(text[1]);
        return base::failure(std::string("cannot start espeak-ng: ") + std::strerror(errno));
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, text[1], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, samples[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    std::vector<std::string> arguments = espeak_arguments(choice);
    arguments.insert(arguments.begin(), program_);
    std::vector<char*> argv;
    for (std::string& argument : arguments) argv.push_back(argument.data());
    argv.push_back(nullptr);
    // espeak-ng opens an audio output even with --stdout; as a PulseAudio client that
    // writes a runtime folder and ~/.config/pulse. Pointed at no server it writes
    // nothing: the kiosk plays the samples itself.
    std::vector<std::string> environment = {"PULSE_SERVER=unix:/nonexistent"};
    for (char** variable = environ; *variable; ++variable) {
        if (std::strncmp(*variable, "PULSE_SERVER=", 13) != 0) environment.emplace_back(*variable);
    }
    std::vector<char*> envp;
    for (std::string& variable : environment) envp.push_back(variable.data());
    envp.push_back(nullptr);
    Process process;
    process.choice = choice;
    const int spawned = posix_spawnp(&process.pid, program_.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(text[1]);
    ::close(samples[1]);
    if (spawned != 0) {
        ::close(text[0]);
        ::close(samples[0]);
        return base::failure("cannot run " + program_ + ": " + std::strerror(spawned) +
                             " (it is in the Debian package espeak-ng)");
    }
    process.text_in = text[0];
    process.samples_out = samples[0];
    return process;
}

void SpokenVoice::end(Process& process) {
    if (process.text_in >= 0) ::close(process.text_in);
    if (process.samples_out >= 0) ::close(process.samples_out);
    if (process.pid > 0) {
        ::kill(process.pid, SIGKILL);
        ::waitpid(process.pid, nullptr, 0);
    }
    process = Process{};
}

base::Result<void> SpokenVoice::speak(std::string_view text, const VoiceChoice& choice, const SamplesSink& sink,
                                      const std::atomic<bool>* stop) {
    const bool same_voice = ready_.pid > 0 && ready_.choice.language == choice.language &&
                            ready_.choice.rate_step == choice.rate_step;
    Process speaking;
    if (same_voice) {
        speaking = ready_;
        ready_ = Process{};
    } else {
        end(ready_);
        speaking = TRY(start(choice));
    }
    // The next sentence's process loads its voice while this one speaks.
    if (auto next = start(choice)) ready_ = *next;

    const bool sent = send_all(speaking.text_in, text) && send_all(speaking.text_in, "\n");
    ::close(speaking.text_in);  // the end of the text: espeak-ng speaks it, then ends
    speaking.text_in = -1;

    std::array<unsigned char, 8192> buffer;
    std::size_t held = 0;  // bytes in buffer not handed on yet (a header, half a sample)
    unsigned rate = 0;
    bool stopped = !sent;
    while (!stopped) {
        if (stop && stop->load()) break;
        pollfd readable{speaking.samples_out, POLLIN, 0};
        if (::poll(&readable, 1, poll_milliseconds) == 0) continue;
        const ssize_t got = ::read(speaking.samples_out, buffer.data() + held, buffer.size() - held);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) break;  // the sentence is over
        held += std::size_t(got);
        std::size_t from = 0;
        if (rate == 0) {
            if (held < wav_header_bytes) continue;
            if (std::memcmp(buffer.data(), "RIFF", 4) != 0 || little_endian(&buffer[22], 2) != 1 ||
                little_endian(&buffer[34], 2) != 16) {
                end(speaking);
                return base::failure("espeak-ng did not give 16-bit mono sound");
            }
            rate = little_endian(&buffer[24], 4);
            from = wav_header_bytes;
        }
        const std::size_t whole = (held - from) / 2 * 2;
        std::vector<std::int16_t> samples(whole / 2);
        std::memcpy(samples.data(), buffer.data() + from, whole);
        if (!samples.empty() && !sink(Samples{rate, samples.data(), samples.size()})) stopped = true;
        std::memmove(buffer.data(), buffer.data() + from + whole, held - from - whole);
        held -= from + whole;
    }
    end(speaking);
    if (rate == 0 && !stopped && !(stop && stop->load())) return base::failure(program_ + " made no sound");
    return {};
}

}  // namespace kiosk::ui::speech
