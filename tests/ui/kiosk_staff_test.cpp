// The staff screen as staff use it: the real `letter-kiosk run` on a private Xvfb,
// tapped through xdotool, printing to a private cupsd whose test backend can run out
// of paper (tests/print/private_cupsd.h). Checked is what staff would check: what came
// out of the printer, what is in the queue, the files the kiosk keeps — and how many
// taps it takes to get a stopped printer printing again.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "kiosk_driver.h"
#include "private_cupsd.h"
#include "store/counts_export.h"
#include "store/letter_counters.h"
#include "store/staff_lock.h"

namespace kiosk::ui {
namespace {

namespace fs = std::filesystem;
using print::testing::eventually;
using print::testing::PrivateCupsd;
using testing::KioskDriver;
using testing::KioskLaunch;

std::string read_file(const fs::path& file) {
    std::ifstream in(file);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The one letter or page the test backend received.
fs::path only_capture(const PrivateCupsd& cupsd) {
    fs::path found;
    for (const auto& entry : fs::directory_iterator(cupsd.capture_folder())) {
        if (entry.path().extension() == ".pdf") found = entry.path();
    }
    return found;
}

class KioskStaff : public ::testing::Test {
protected:
    void SetUp() override { cupsd_.add_queue("test"); }

    KioskLaunch launch() const { return testing::printing_to(cupsd_.server(), "test"); }

    std::string queue_jobs() const { return cupsd_.run("lpstat", "-o test"); }

    PrivateCupsd cupsd_;
};

TEST_F(KioskStaff, PaperOutToPrintingAgainByTouchOnlyPrintsEachLetterOnce) {
    KioskDriver kiosk(launch());
    kiosk.set_pin("2468");
    kiosk.write_letters({"president", "governor"});
    cupsd_.set_fault("out-of-paper");
    kiosk.tap("review.print");
    ASSERT_TRUE(eventually([&] { return kiosk.screen() == "printing" && kiosk.shows("print.retry"); }, 15.0));
    ASSERT_NE(cupsd_.run("lpstat", "-p test").find("disabled"), std::string::npos) << "paper-out stops the queue";

    // Staff arrive, refill the paper (the queue stays stopped: CUPS does that on purpose)...
    const int taps_before = kiosk.taps();
    kiosk.open_staff_screen("2468");
    cupsd_.set_fault("");
    // ... and the Printer tab, open first, offers Resume.
    kiosk.tap("staff.printer.resume");
    const int staff_taps = kiosk.taps() - taps_before;

    // Done when the kiosk has counted both letters printed and nothing is left in the
    // queue: no more can come out after that, so what came out came out once.
    const fs::path counters_file = kiosk.data() / "counters.csv";
    ASSERT_TRUE(eventually([&] {
        const std::string counted = read_file(counters_file);
        return counted.find(",president,MO,en,1,") != std::string::npos &&
               counted.find(",governor,MO,en,1,") != std::string::npos && queue_jobs().empty();
    }, 20.0)) << read_file(counters_file) << queue_jobs();
    const auto captured = cupsd_.captured_letters();
    ASSERT_EQ(captured.size(), 2u) << "each held letter out exactly once";
    EXPECT_NE(captured[0], captured[1]);
    EXPECT_EQ(cupsd_.run("lpstat", "-p test").find("disabled"), std::string::npos) << "the queue runs again";
    std::cout << "[ figures  ] staff taps from paper-out to printing again: " << staff_taps << "\n";
    RecordProperty("staff_taps", staff_taps);
    EXPECT_EQ(staff_taps, 5 + 4 + 1 + 1) << "the gesture's five taps, the PIN, OK, Resume";

    kiosk.tap("nav.back");
    kiosk.wait_for("done");
    const std::string counters = read_file(kiosk.data() / "counters.csv");
    EXPECT_NE(counters.find(",president,MO,en,1,0,1\n"), std::string::npos) << counters;
    EXPECT_NE(counters.find(",governor,MO,en,1,0,1\n"), std::string::npos) << counters;
}

TEST_F(KioskStaff, TheTestPageArrivesAndCancelEmptiesTheQueue) {
    KioskDriver kiosk(launch());
    kiosk.set_pin("2468");
    kiosk.wait_for("welcome");
    kiosk.open_staff_screen("2468");
    cupsd_.run("cupsdisable", "test");  // the printer stopped: pages wait in the queue

    kiosk.tap("staff.printer.test-page");
    kiosk.tap("staff.printer.test-page");
    ASSERT_TRUE(eventually([&] { return kiosk.shows("staff.printer.cancel"); })) << "letters waiting: Cancel offered";
    kiosk.tap("staff.printer.cancel");
    EXPECT_TRUE(eventually([&] { return queue_jobs().empty(); })) << queue_jobs();
    kiosk.tap("staff.printer.resume");

    // A new page after the canceled ones: once it is out and the queue is empty, any
    // canceled page that still printed would have come out before it.
    kiosk.tap("staff.printer.test-page");
    ASSERT_TRUE(eventually([&] { return !cupsd_.captured_letters().empty() && queue_jobs().empty(); })) << queue_jobs();
    EXPECT_EQ(cupsd_.captured_letters().size(), 1u) << "a canceled page never prints";
    const std::string text = testing::single_spaced(testing::pdf_text(only_capture(cupsd_)));
    EXPECT_NE(text.find("Test page"), std::string::npos) << text;
    EXPECT_NE(text.find("Printer: test"), std::string::npos) << text;
    EXPECT_NE(text.find("Printed on "), std::string::npos) << text;
}

// A kiosk printing to a queue of another CUPS server (--printer test@localhost:PORT; its
// CUPS_SERVER names a scheduler that is not there): the staff screen lists that server's
// queues and its Resume reaches them, a queue chosen there is saved with its server, and
// the visitor's letter comes out there, once.
TEST_F(KioskStaff, AQueueOfAnotherCupsServerIsListedResumedChosenAndPrintedTo) {
    cupsd_.add_queue("second");
    cupsd_.run("cupsdisable", "second");
    const std::string server = "localhost:" + std::to_string(cupsd_.port());
    KioskLaunch remote;
    remote.extra_arguments = {"--printer", "test@" + server};
    KioskDriver kiosk(remote);
    kiosk.set_pin("2468");
    kiosk.wait_for("welcome");
    kiosk.open_staff_screen("2468");

    kiosk.tap("staff.printer.queue.second");
    const fs::path settings = kiosk.data() / "event-settings.yaml";
    ASSERT_TRUE(eventually([&] { return read_file(settings).find("printer: second@" + server) != std::string::npos; }))
        << read_file(settings);
    kiosk.tap("staff.printer.resume");
    ASSERT_TRUE(eventually([&] { return cupsd_.run("lpstat", "-p second").find("disabled") == std::string::npos; }))
        << cupsd_.run("lpstat", "-p second");
    kiosk.tap("nav.back");

    kiosk.write_letters({"governor"});
    kiosk.tap("review.print");
    kiosk.wait_for("done");
    // Done: the kiosk's print run is over. Once the queue is empty too, nothing more
    // can come out, so what came out came out once.
    ASSERT_TRUE(eventually([&] { return cupsd_.run("lpstat", "-o second").empty(); })) << cupsd_.run("lpstat", "-o second");
    ASSERT_EQ(cupsd_.captured_letters().size(), 1u) << "the letter out exactly once";
    EXPECT_NE(cupsd_.run("lpstat", "-W completed -o second").find("second-"), std::string::npos)
        << "printed on the queue staff chose";
}

TEST_F(KioskStaff, WithNoPinSetTheKioskSaysSoAtStartAndTheGestureSaysHowToSetOne) {
    KioskDriver kiosk(launch());
    kiosk.wait_for("welcome");
    EXPECT_NE(kiosk.output().find("no staff PIN is set"), std::string::npos) << kiosk.output();
    EXPECT_NE(kiosk.output().find("letter-kiosk set-pin"), std::string::npos) << kiosk.output();

    kiosk.make_staff_gesture();  // no PIN to type
    kiosk.wait_for("staff-pin");
    EXPECT_FALSE(kiosk.shows("pin.1")) << "no keys: the screen never sets a first PIN";
    kiosk.tap("nav.back");
    kiosk.wait_for("welcome");
}

TEST_F(KioskStaff, ThePinChangedOnTheScreenOpensItNextTime) {
    KioskDriver kiosk(launch());
    kiosk.set_pin("2468");
    kiosk.wait_for("welcome");
    kiosk.open_staff_screen("2468");
    kiosk.tap("staff.tab.pin");
    for (const std::string pin : {"2468", "1357", "1357"}) {
        for (const char digit : pin) kiosk.tap(std::string("staff.pin.") + digit);
        kiosk.tap("staff.pin.next");
    }
    ASSERT_TRUE(eventually([&] {
        return store::StaffLock(kiosk.data()).try_pin("1357", store::StaffLock::Clock::now()) ==
               store::StaffLock::Result::Accepted;
    }));
    kiosk.tap("nav.back");
    kiosk.wait_for("welcome");
    kiosk.open_staff_screen("1357");
}

TEST_F(KioskStaff, APrinterAndPaperChosenOnTheScreenAreSavedAndUsedForTheNextVisit) {
    cupsd_.add_queue("second");
    KioskDriver kiosk(launch());
    kiosk.set_pin("2468");
    kiosk.wait_for("welcome");
    kiosk.open_staff_screen("2468");
    kiosk.tap("staff.printer.queue.second");
    kiosk.tap("staff.tab.settings");
    kiosk.tap("staff.settings.paper.a4");
    kiosk.tap("staff.settings.save");
    const fs::path settings = kiosk.data() / "event-settings.yaml";
    ASSERT_TRUE(eventually([&] { return read_file(settings).find("paper: a4") != std::string::npos; })) << read_file(settings);
    EXPECT_NE(read_file(settings).find("printer: second"), std::string::npos) << read_file(settings);
    kiosk.tap("nav.back");

    kiosk.write_letters({"governor"});
    kiosk.tap("review.print");
    kiosk.wait_for("done");
    ASSERT_EQ(cupsd_.captured_letters().size(), 1u);
    EXPECT_NE(cupsd_.run("lpstat", "-W completed -o second").find("second-"), std::string::npos)
        << "printed on the queue staff chose";
    const std::string info = testing::run_and_read("pdfinfo '" + only_capture(cupsd_).string() + "'");
    EXPECT_NE(info.find("(A4)"), std::string::npos) << info;
}

TEST_F(KioskStaff, CountsCsvMatchesTheLettersThatCameOutAndHoldsNothingTyped) {
    const std::string marker = "zqxmarker";
    KioskDriver kiosk(launch());
    kiosk.set_pin("2468");
    for (int visit = 0; visit < 2; ++visit) {
        kiosk.walk_to_you();
        kiosk.type(marker);
        kiosk.tap("nav.next");
        kiosk.wait_for("review");
        kiosk.tap("review.print");
        kiosk.wait_for("done");
        kiosk.tap("done.start-over");
    }
    const std::size_t came_out = cupsd_.captured_letters().size();
    ASSERT_EQ(came_out, 2u);

    // Staff copy the counts; no stick is found until the store's mount watcher lands,
    // and the screen says so instead of failing silently.
    kiosk.open_staff_screen("2468");
    kiosk.tap("staff.tab.counts");
    kiosk.tap("staff.counts.export");
    EXPECT_TRUE(kiosk.running());

    // What the export writes to a stick, from the counters the kiosk kept.
    const fs::path stick = kiosk.folder() / "stick";
    const fs::path file = store::counts_file_on_stick(stick, "test");
    const auto exported = store::export_counts(store::LetterCounters(kiosk.data()), file);
    ASSERT_TRUE(exported) << exported.error();
    const std::string csv = read_file(file);
    std::istringstream lines(csv);
    std::string header, line;
    std::getline(lines, header);
    EXPECT_EQ(header, "day,recipient,state,language,printed,saved,failed");
    int printed = 0;
    while (std::getline(lines, line)) {
        const auto last_fields = line.substr(line.find(",en,") + 4);
        printed += std::stoi(last_fields.substr(0, last_fields.find(',')));
        EXPECT_NE(line.find(",governor,MO,en,"), std::string::npos) << line;
    }
    EXPECT_EQ(printed, int(came_out)) << csv;
    const std::string grep = "grep -rIl " + marker + " '" + kiosk.data().string() + "' '" + stick.string() + "'";
    EXPECT_EQ(testing::run_and_read(grep), "") << "the typed marker is in a kept file";
}

}  // namespace
}  // namespace kiosk::ui
