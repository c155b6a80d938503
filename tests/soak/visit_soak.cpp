// The soak: the real visitor flow, letter engine, PDF writer and print worker (no
// window) through thousands of random visits against a private cupsd, with random
// choices and typing, abandoned visits, idle resets, paper running out and coming back.
// It checks what a campaign would: every letter a visitor asked for came out exactly
// once, memory does not grow, nothing is left on disk, and no visitor's words survive
// in the process, its output, the data folder, the temporary folders or CUPS's spool.
//
//   build/tests/soak/kiosk_soak --visits 5000 --seed 7     (tests/soak/run-long.sh)
// Exit 0 when every check holds; 1 with the failures listed otherwise.
#include <malloc.h>
#include <sodium.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "content/pack_loader.h"
#include "letter/font_set.h"
#include "letter/letter_composer.h"
#include "letter/letter_layout_engine.h"
#include "pdf/pdf_writer.h"
#include "print/cups_letter_printer.h"
#include "private_cupsd.h"
#include "process_memory.h"
#include "ui/flow/visitor_flow.h"
#include "ui/letter_previews.h"
#include "ui/print_worker.h"

namespace kiosk::soak {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using ui::flow::Clock;
namespace flow = ui::flow;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool built_with_address_sanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool built_with_address_sanitizer = true;
#else
constexpr bool built_with_address_sanitizer = false;
#endif
#else
constexpr bool built_with_address_sanitizer = false;
#endif

long resident_kilobytes() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6);
    }
    return 0;
}

std::string read_command(const std::string& command) {
    std::string out;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char buffer[4096];
        while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
        pclose(pipe);
    }
    return out;
}

// Files under `folder` written since `since` whose bytes contain `needle` (older files
// cannot hold this run's words, and a large /tmp would only slow the search).
std::vector<fs::path> files_containing(const fs::path& folder, const std::string& needle, const fs::path& skip,
                                       fs::file_time_type since) {
    std::vector<fs::path> found;
    std::error_code error;
    for (fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error), end;
         it != end; it.increment(error)) {
        if (error) break;
        if (!skip.empty() && it->path() == skip) {
            it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file(error) || it->file_size(error) > 64 * 1024 * 1024) continue;
        if (it->last_write_time(error) < since) continue;
        std::ifstream in(it->path(), std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (bytes.find(needle) != std::string::npos) found.push_back(it->path());
    }
    return found;
}

// "qzvbk…": letters only, so the on-screen keyboard can type it; made at run time so
// the program's own text does not hold it.
std::string random_word(std::mt19937& random, std::size_t length) {
    std::string word;
    std::uniform_int_distribution<int> letter('a', 'z');
    for (std::size_t i = 0; i < length; ++i) word += char(letter(random));
    return word;
}

// Three letters, so no visitor's name is the start of another's ("…ab" vs "…abc").
std::string suffix_for(std::size_t visit) {
    std::string suffix;
    for (int i = 0; i < 3; ++i, visit /= 26) suffix += char('a' + visit % 26);
    return suffix;
}

class Soak {
public:
    Soak(std::uint32_t seed, const fs::path& content)
        // The flow's time starts now: the print worker stamps its reports with the real clock.
        : random_(seed), marker_prefix_(random_word(random_, 9)), now_(Clock::now()) {
        auto pack = content::load_pack(content);
        if (!pack) throw std::runtime_error("the pack does not load: " + pack.error().front().to_string());
        pack_ = std::move(*pack);
        fonts_ = letter::find_fonts().value();
        engine_ = std::make_unique<letter::LetterLayoutEngine>(letter::LetterLayoutEngine::create(fonts_).value());
        writer_ = std::make_shared<pdf::PdfWriter>(fonts_);
        maker_.lay_out = [this](const letter::LetterRequest& request) -> tl::expected<letter::LetterLayout, std::string> {
            auto composed = letter::compose_letter(pack_, request);
            if (!composed) return tl::make_unexpected(composed.error());
            return engine_->lay_out(*composed, request.paper);
        };
        auto writer = writer_;
        maker_.write_pdf = [writer](const letter::LetterLayout& layout) { return writer->try_write(layout); };
        cupsd_.add_queue("soak", true);
        print::CupsSettings settings;
        settings.server = cupsd_.server();
        settings.printer_name = "soak";
        settings.poll_interval = 10ms;
        settings.job_timeout = 20s;
        worker_ = std::make_unique<ui::PrintWorker>(
            maker_, [settings] { return std::make_unique<print::CupsLetterPrinter>(settings); });
        flow_ = std::make_unique<flow::VisitorFlow>(pack_, flow::FlowSettings{pack_.info.idle, "", ""}, now_);
        previews_ = std::make_unique<ui::LetterPreviews>(maker_, content::PaperSize::Letter);
    }

    int run(std::size_t visits) {
        const auto started = std::chrono::steady_clock::now();
        long rss_after_warm_up = 0;
        for (std::size_t visit = 0; visit < visits; ++visit) {
            one_visit(visit);
            if (visit == std::min<std::size_t>(50, visits / 10)) rss_after_warm_up = resident_kilobytes();
        }
        const long rss_growth = resident_kilobytes() - rss_after_warm_up;
        check_letters_arrived();
        check_nothing_left();
        const double minutes = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() / 60;
        std::cout << "visits " << visits << ", abandoned " << abandoned_ << ", paper-outs " << paper_outs_
                  << ", letters requested " << requested_.size() << ", arrived " << arrived_ << ", RSS growth "
                  << rss_growth << " KB, minutes " << minutes << "\n";
        // AddressSanitizer keeps freed memory in quarantine: growth means nothing there.
        if (rss_growth > 5 * 1024 && !built_with_address_sanitizer) {
            fail("resident memory grew by " + std::to_string(rss_growth) + " KB");
        }
        check_no_marker_anywhere();
        for (const auto& failure : failures_) std::cout << "FAILED: " << failure << "\n";
        std::cout << (failures_.empty() ? "soak passed\n" : "soak failed\n");
        return failures_.empty() ? 0 : 1;
    }

private:
    void fail(const std::string& what) {
        if (failures_.size() < 50) failures_.push_back(what);
    }

    // One tap: a touch well after the screen appeared (the tap guard is tested elsewhere).
    void tap(const flow::Event& event) {
        now_ += 700ms;
        flow_->handle(flow::Touch{now_});
        settle(flow_->handle(event));
    }

    void settle(flow::Effect effect) {
        count();
        if (effect == flow::Effect::StartPrinting) start_printing();
    }

    void count() {
        for (const auto& letter : flow_->take_letters_to_count()) {
            if (letter.result == flow::LetterResult::Printed) ++reported_printed_;
        }
    }

    void start_printing() {
        previews_->update(flow_->visit());
        ui::PrintJob job;
        job.request = flow_->print_request();
        for (const std::size_t index : job.request.letters) job.layouts.push_back(previews_->letters().at(index).layout);
        worker_->start(std::move(job));
    }

    // Feeds the worker's reports to the flow until the run in progress has ended.
    void wait_for_printing() {
        const auto deadline = std::chrono::steady_clock::now() + 60s;
        while (flow_->printing().in_progress && std::chrono::steady_clock::now() < deadline) {
            for (const auto& event : worker_->take_events()) settle(flow_->handle(event));
            std::this_thread::sleep_for(2ms);
        }
        if (flow_->printing().in_progress) fail("a print run never ended");
    }

    template <typename T>
    const T& pick(const std::vector<T>& items) {
        return items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(random_)];
    }
    bool chance(double p) { return std::bernoulli_distribution(p)(random_); }

    void type(const std::string& text) {
        for (char c : text) tap(flow::TypeText{std::string(1, c)});
    }

    void choose_place() {
        if (!flow_->needs_state()) return;
        if (chance(0.05) && flow_->offers_state_not_listed()) {
            tap(flow::StateNotListed{});
            return;
        }
        const auto& state = pick(pack_.states);
        tap(flow::ChooseState{state.id});
        if (flow_->needs_county() && !state.counties.empty()) tap(flow::ChooseCounty{pick(state.counties), ""});
    }

    void one_visit(std::size_t visit) {
        const std::string name = "soak " + marker_prefix_ + suffix_for(visit);
        tap(flow::Start{});
        if (chance(0.3)) tap(flow::ChooseLanguage{pick(pack_.info.languages)});
        const std::size_t wanted = 1 + random_() % 3;
        for (std::size_t i = 0; i < wanted; ++i) tap(flow::ToggleRecipient{pick(pack_.recipients).id});
        tap(flow::Next{});
        if (flow_->screen() == flow::Screen::Who) {  // toggled everything off again
            tap(flow::ToggleRecipient{pick(pack_.recipients).id});
            tap(flow::Next{});
        }
        if (flow_->screen() == flow::Screen::Where) {
            choose_place();
            if (flow_->screen() == flow::Screen::Where) tap(flow::Next{});
        }
        if (flow_->screen() == flow::Screen::Who) {  // "not listed" left no letter: write to the President
            tap(flow::ToggleRecipient{"president"});
            tap(flow::Next{});
        }
        for (int i = 0; i < 1 + int(random_() % 4); ++i) {
            tap(flow::ToggleReason{pick(chance(0.5) ? pack_.grounds : pack_.conditions).id});
        }
        if (!flow_->can_go_next()) tap(flow::ToggleReason{pack_.grounds.front().id});
        tap(flow::Next{});
        if (flow_->screen() != flow::Screen::You) {
            fail("visit " + std::to_string(visit) + " did not reach You but " + flow::screen_name(flow_->screen()));
            return abandon();
        }
        type(name);
        if (chance(0.5)) {
            tap(flow::FocusField{flow::Field::Town});
            type(marker_prefix_ + "town");
        }
        tap(flow::Next{});
        if (chance(0.1)) return abandon();
        const bool paper_out = chance(0.05);
        if (paper_out) {
            ++paper_outs_;
            cupsd_.set_fault("out-of-paper");
        }
        const auto recipients = flow_->visit().recipients;
        tap(flow::Print{});
        wait_for_printing();
        if (paper_out) {
            cupsd_.set_fault("");
            cupsd_.run("cupsenable", "soak");
            if (chance(0.5)) {
                tap(flow::Retry{});
            } else {
                tap(flow::Back{});
                tap(flow::Print{});
            }
            wait_for_printing();
        }
        if (flow_->screen() != flow::Screen::Done) {
            fail("visit " + std::to_string(visit) + " did not print: " + flow_->printing().message_key +
                 (paper_out ? " (after paper ran out and came back)" : "") + "; " + describe(flow_->visit()));
            return abandon();
        }
        for (const auto& recipient : recipients) requested_.push_back({name, recipient});
        if (chance(0.5)) {
            tap(flow::StartOver{});
        } else {
            now_ += std::chrono::seconds(pack_.info.idle.done_reset_after_seconds + 1);
            settle(flow_->handle(flow::Tick{now_}));
        }
        if (flow_->screen() != flow::Screen::Welcome) fail("visit " + std::to_string(visit) + " did not end on Welcome");
        end_visit();
    }

    // As the kiosk does when a visit ends: its letters dropped, the stack scrubbed.
    void end_visit() {
        previews_->clear();
        sodium_stackzero(256 * 1024);
    }

    // The visit's choices (its names are the soak's own), to reproduce a failure.
    static std::string describe(const flow::Visit& visit) {
        std::string text = "language " + flow::letter_language(visit) + ", state '" + visit.state + "', county '" +
                           visit.county + "', recipients";
        for (const auto& id : visit.recipients) text += " " + id;
        text += ", reasons";
        for (const auto& id : visit.reasons) text += " " + id;
        return text + ", town '" + visit.sender_town + "'";
    }

    void abandon() {
        ++abandoned_;
        now_ += std::chrono::seconds(pack_.info.idle.still_there_after_seconds + 1);
        settle(flow_->handle(flow::Tick{now_}));
        now_ += std::chrono::seconds(pack_.info.idle.reset_after_seconds + 1);
        settle(flow_->handle(flow::Tick{now_}));
        if (flow_->screen() != flow::Screen::Welcome) fail("an abandoned visit did not reset");
        end_visit();
    }

    // Each letter asked for is one PDF at the test printer, and nothing else came out.
    void check_letters_arrived() {
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(cupsd_.capture_folder())) {
            if (entry.path().extension() == ".pdf") files.push_back(entry.path());
        }
        arrived_ = files.size();
        // Every visitor's name is unique: the letters that came out with it are theirs.
        std::map<std::string, int> wanted_by_name, copies_by_name;
        for (const auto& [name, recipient] : requested_) ++wanted_by_name[capitalised(name)];
        for (const auto& file : files) {
            const std::string text = read_command("pdftotext '" + file.string() + "' - 2>/dev/null");
            for (const auto& [name, wanted] : wanted_by_name) {
                if (text.find(name) != std::string::npos) ++copies_by_name[name];
            }
        }
        for (const auto& [name, wanted] : wanted_by_name) {
            if (copies_by_name[name] != wanted) {
                fail(name + ": " + std::to_string(wanted) + " letters asked for, " + std::to_string(copies_by_name[name]) +
                     " came out");
            }
        }
        if (arrived_ != requested_.size()) {
            fail(std::to_string(requested_.size()) + " letters asked for, " + std::to_string(arrived_) + " came out");
        }
        if (reported_printed_ != arrived_) {
            fail("counted " + std::to_string(reported_printed_) + " printed, " + std::to_string(arrived_) + " came out");
        }
    }

    // "soak qzvbka" is typed as "Soak Qzvbka": the keyboard capitalises each word.
    static std::string capitalised(const std::string& text) {
        std::string out = text;
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (i == 0 || out[i - 1] == ' ') out[i] = char(std::toupper(static_cast<unsigned char>(out[i])));
        }
        return out;
    }

    void check_nothing_left() {
        const auto spooled = cupsd_.spooled_documents();
        if (!spooled.empty()) fail(std::to_string(spooled.size()) + " letters left in CUPS's spool");
    }

    // The marker's lower-case tail, as typed ("qzvbk…"), anywhere it must never be.
    void check_no_marker_anywhere() {
        // The list of names is the soak's own record; wipe it before looking.
        for (auto& [name, recipient] : requested_) sodium_memzero(name.data(), name.size());
        requested_.clear();
        const std::string needle = marker_prefix_.substr(1);
        sodium_memzero(marker_prefix_.data(), marker_prefix_.size());
        const fs::path cupsd_root = cupsd_.capture_folder().parent_path();
        for (const auto& file : files_containing(cupsd_root, needle, cupsd_.capture_folder(), started_)) {
            fail("a visitor's words are in " + file.string() + " (CUPS spool, state or logs)");
        }
        for (const auto& file : files_containing(fs::temp_directory_path(), needle, cupsd_root, started_)) {
            fail("a visitor's words are in " + file.string());
        }
        sodium_stackzero(256 * 1024);
        const std::size_t in_memory = ui::testing::count_in_process_memory(getpid(), needle);
        // The needle itself lives in this function: one copy is expected, no more.
        if (in_memory > 1) {
            fail("a visitor's words are " + std::to_string(in_memory - 1) + " times in memory");
            if (std::getenv("SOAK_SHOW_MEMORY")) ui::testing::show_in_process_memory(getpid(), needle);
        }
    }

    fs::file_time_type started_ = fs::file_time_type::clock::now();
    std::mt19937 random_;
    std::string marker_prefix_;
    Clock::time_point now_;
    content::Pack pack_;
    letter::FontSet fonts_;
    std::unique_ptr<letter::LetterLayoutEngine> engine_;
    std::shared_ptr<pdf::PdfWriter> writer_;
    ui::LetterMaker maker_;
    print::testing::PrivateCupsd cupsd_;
    std::unique_ptr<ui::PrintWorker> worker_;
    std::unique_ptr<flow::VisitorFlow> flow_;
    std::unique_ptr<ui::LetterPreviews> previews_;
    std::vector<std::pair<std::string, std::string>> requested_;  // visitor name, recipient id
    std::size_t arrived_ = 0, reported_printed_ = 0, abandoned_ = 0, paper_outs_ = 0;
    std::vector<std::string> failures_;
};

}  // namespace
}  // namespace kiosk::soak

int main(int argc, char** argv) {
    CLI::App app{"Random visits through the real flow and printer path, with checks"};
    std::size_t visits = 500;
    std::uint32_t seed = 1;
    std::string content = SOAK_DEFAULT_CONTENT_DIR;
    app.add_option("--visits", visits, "How many visits")->capture_default_str();
    app.add_option("--seed", seed, "Random seed (the same seed walks the same visits)")->capture_default_str();
    app.add_option("--content", content, "Content pack")->capture_default_str();
    CLI11_PARSE(app, argc, argv);
    mallopt(M_PERTURB, 0x5a);  // as the kiosk does (kiosk/app/main.cpp)
    try {
        return kiosk::soak::Soak(seed, content).run(visits);
    } catch (const std::exception& error) {
        std::cerr << "kiosk_soak: " << error.what() << '\n';
        return 2;
    }
}
