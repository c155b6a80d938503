// The staff screen without a window: what the visitor flow does for staff (clear the
// visit, resume printing after the printer was resumed, a pad with no PIN set, settings
// from the next visit) and what the staff desk's buttons do with its services.
#include "ui/staff/staff_desk.h"

#include <gtest/gtest.h>

#include "test_pack.h"
#include "print/staff_printer_status.h"
#include "ui/flow/visitor_flow.h"
#include "ui/staff/staff_words.h"
#include "scripted_staff_work.h"

namespace kiosk::ui {
namespace {

using flow::Clock;
using flow::Screen;
using std::chrono::seconds;

class StaffFlow : public ::testing::Test {
protected:
    content::Pack pack = testing::small_pack();
    Clock::time_point t0 = Clock::time_point{} + std::chrono::hours(1);
    flow::VisitorFlow visit{pack, flow::FlowSettings{pack.info.idle, "", "", {}}, t0};

    void open_staff_menu() {
        for (int i = 0; i < 5; ++i) visit.handle(flow::CornerTap{t0});
        visit.handle(flow::PinDigit{'1'});
        visit.handle(flow::PinSubmit{});
        visit.handle(flow::PinChecked{flow::PinResult::Accepted, seconds(0)});
        ASSERT_EQ(visit.screen(), Screen::StaffMenu);
    }

    // A governor letter for MO whose printing failed (the queue stopped for paper).
    void fail_a_letter() {
        visit.handle(flow::Start{});
        visit.handle(flow::ToggleRecipient{"governor"});
        visit.handle(flow::Next{});
        visit.handle(flow::ChooseState{"MO"});
        visit.handle(flow::Next{});
        visit.handle(flow::ToggleReason{"heart-disease"});
        visit.handle(flow::Next{});
        visit.handle(flow::Next{});
        ASSERT_EQ(visit.handle(flow::Print{}), flow::Effect::StartPrinting);
        const auto run = visit.print_request().run;
        visit.handle(flow::LetterReported{run, 0, flow::LetterResult::Failed, "print.out-of-paper", ""});
        visit.handle(flow::PrintFinished{run, t0});
        ASSERT_TRUE(visit.printing().failed);
    }
};

TEST_F(StaffFlow, ResumingThePrinterSendsTheFailedLettersAgainOnceAndTheVisitorSeesDone) {
    fail_a_letter();
    open_staff_menu();

    ASSERT_EQ(visit.handle(flow::ResumePrinting{}), flow::Effect::StartPrinting);
    EXPECT_EQ(visit.screen(), Screen::StaffMenu) << "staff stay on their screen while the letters print";
    EXPECT_EQ(visit.handle(flow::ResumePrinting{}), flow::Effect::None) << "never a second run while one prints";
    const auto run = visit.print_request().run;
    EXPECT_EQ(visit.print_request().letters, std::vector<std::size_t>{0});
    visit.handle(flow::LetterReported{run, 0, flow::LetterResult::Printed, "", ""});
    visit.handle(flow::PrintFinished{run, t0});
    EXPECT_EQ(visit.handle(flow::ResumePrinting{}), flow::Effect::None) << "nothing left to print";
    visit.handle(flow::Back{});
    EXPECT_EQ(visit.screen(), Screen::Done);
}

TEST_F(StaffFlow, ResumingWithNoFailedVisitPrintsNothing) {
    open_staff_menu();
    EXPECT_EQ(visit.handle(flow::ResumePrinting{}), flow::Effect::None);
}

TEST_F(StaffFlow, ClearThisVisitWipesItAndTheKioskShowsWelcomeWhenStaffLeave) {
    fail_a_letter();
    open_staff_menu();
    visit.handle(flow::ClearVisit{});
    EXPECT_EQ(visit.screen(), Screen::StaffMenu);
    EXPECT_TRUE(visit.visit().recipients.empty());
    EXPECT_EQ(visit.handle(flow::ResumePrinting{}), flow::Effect::None) << "a cleared visit's letters are gone";
    visit.handle(flow::Back{});
    EXPECT_EQ(visit.screen(), Screen::Welcome);
}

TEST_F(StaffFlow, WithNoPinSetThePadSaysHowToSetOneAndTakesNoDigits) {
    for (int i = 0; i < 5; ++i) visit.handle(flow::CornerTap{t0});
    visit.handle(flow::PinNotSet{});
    EXPECT_TRUE(visit.pin_missing());
    visit.handle(flow::Back{});
    for (int i = 0; i < 5; ++i) visit.handle(flow::CornerTap{t0 + seconds(10)});
    EXPECT_FALSE(visit.pin_missing()) << "asked afresh each time: a PIN may have been set meanwhile";
}

TEST_F(StaffFlow, SettingsSavedByStaffApplyFromTheNextVisit) {
    visit.handle(flow::Start{});
    visit.use_from_next_visit({pack.info.idle, "MO", "", {"es"}});
    EXPECT_EQ(visit.languages(), (std::vector<content::LanguageCode>{"en", "es"})) << "not in the middle of a visit";
    visit.handle(flow::Back{});  // back to Welcome: the visit ends
    EXPECT_EQ(visit.languages(), std::vector<content::LanguageCode>{"es"});
    EXPECT_EQ(visit.visit().language, "es");
    EXPECT_EQ(visit.visit().state, "MO");
    EXPECT_EQ(visit.handle(flow::ChooseLanguage{"en"}), flow::Effect::None);
    EXPECT_EQ(visit.visit().language, "es") << "a language staff hid cannot be chosen";
}

TEST_F(StaffFlow, SettingsSavedOnAnEmptyKioskApplyAsSoonAsStaffLeave) {
    open_staff_menu();
    visit.use_from_next_visit({pack.info.idle, "MO", "Boone County", {"es"}});
    visit.handle(flow::Back{});
    EXPECT_EQ(visit.screen(), Screen::Welcome);
    EXPECT_EQ(visit.visit().language, "es");
    EXPECT_EQ(visit.visit().county, "Boone County");
}

// The desk's buttons, with work that records what it was asked (on the desk's worker
// thread, as in the kiosk).
class Desk : public ::testing::Test {
protected:
    Desk() {
        work.panel.queue = "test";
        work.panel.status_key = "staff.printer.stopped.out-of-paper";
        work.saved.languages = {"en", "es"};
        work.saved.idle = content::IdleTimes{90, 30, 45};
    }

    // A tap, then the window's polls until the work it started is done.
    StaffEffect tap(StaffCommand command, const std::string& value = "") {
        desk->act({command, value}, "en", t0);
        return testing::settle(*desk, t0);
    }
    void type(const std::string& digits) {
        for (char digit : digits) tap(StaffCommand::PinDigit, std::string(1, digit));
        tap(StaffCommand::PinNext);
    }

    content::Pack pack = testing::small_pack();
    Clock::time_point t0 = Clock::time_point{} + std::chrono::hours(1);
    testing::ScriptedStaffWork work;
    std::unique_ptr<StaffDesk> desk;

    void SetUp() override {
        desk = std::make_unique<StaffDesk>(pack, work);
        desk->open(t0);
        testing::settle(*desk, t0);
    }
};

TEST_F(Desk, OpensOnThePrinterAndReadsItAgainEverySecondWhileItsTabIsOpen) {
    EXPECT_EQ(desk->tab(), StaffTab::Printer);
    EXPECT_EQ(work.printer_reads, 1);
    testing::settle(*desk, t0 + std::chrono::milliseconds(500));
    EXPECT_EQ(work.printer_reads, 1) << "not read again within the second";
    work.panel.status_key = "staff.printer.ready";
    testing::settle(*desk, t0 + seconds(1));
    EXPECT_EQ(work.printer_reads, 2);
    EXPECT_EQ(desk->printer().status_key, "staff.printer.ready");
    tap(StaffCommand::ShowTab, "counts");
    EXPECT_FALSE(desk->wants_ticks());
    testing::settle(*desk, t0 + seconds(5));
    EXPECT_EQ(work.printer_reads, 2) << "the printer is read only while its tab is open";
}

TEST_F(Desk, ResumeAsksTheWindowToSendTheVisitorsLettersAgain) {
    EXPECT_EQ(tap(StaffCommand::Resume), StaffEffect::PrinterResumed);
    EXPECT_EQ(work.resumes, 1);
    EXPECT_EQ(desk->note().key, "staff.printer.resumed");
}

TEST_F(Desk, TheTestPageSaysTestPageTheDateAndThePrinter) {
    tap(StaffCommand::TestPage);
    EXPECT_EQ(work.test_page_words.rfind("Test page\n", 0), 0u) << work.test_page_words;
    EXPECT_NE(work.test_page_words.find("Printer: test"), std::string::npos) << work.test_page_words;
    EXPECT_NE(work.test_page_words.find("Printed on 20"), std::string::npos) << "a date: " << work.test_page_words;
}

TEST_F(Desk, ChangingThePinAsksTheOldOneFirstThenTheNewOneTwice) {
    tap(StaffCommand::ShowTab, "pin");
    type("1234");
    EXPECT_EQ(desk->pin_stage(), PinStage::New);
    type("98");
    EXPECT_EQ(desk->note().key, "staff.pin.too-short");
    EXPECT_EQ(desk->pin_stage(), PinStage::New);
    for (int i = 0; i < 2; ++i) tap(StaffCommand::PinBackspace);
    type("9876");
    EXPECT_EQ(desk->pin_stage(), PinStage::Again);
    type("9875");
    EXPECT_EQ(desk->note().key, "staff.pin.mismatch");
    EXPECT_EQ(desk->pin_stage(), PinStage::Old);
    EXPECT_TRUE(work.pin_changes.empty()) << "nothing changed until both new PINs agree";
    type("1234");
    type("9876");
    type("9876");
    EXPECT_EQ(work.pin_changes, std::vector<std::string>{"1234>9876"});
    EXPECT_EQ(desk->note().key, "staff.pin.changed");
    EXPECT_EQ(desk->pin_length(), 0u);
}

TEST_F(Desk, AWrongOldPinChangesNothingAndSaysSo) {
    tap(StaffCommand::ShowTab, "pin");
    type("1111");
    type("9876");
    type("9876");
    EXPECT_EQ(desk->note().key, "staff.pin.wrong");
    EXPECT_TRUE(desk->note().problem);
}

TEST_F(Desk, SettingsChangeOnlyWhenSavedAndKeepOneLanguage) {
    tap(StaffCommand::ShowTab, "settings");
    tap(StaffCommand::ChoosePaper, "a4");
    tap(StaffCommand::ChangeIdle, "still-there:+");
    tap(StaffCommand::ChangeIdle, "reset:-");
    tap(StaffCommand::ChooseState, "MO");
    tap(StaffCommand::ChooseCounty, "Boone County");
    tap(StaffCommand::ChooseCounty, "Nowhere County");  // not in MO: ignored
    tap(StaffCommand::ToggleLanguage, "en");
    tap(StaffCommand::ToggleLanguage, "es");
    EXPECT_EQ(desk->note().key, "staff.settings.one-language");
    EXPECT_EQ(work.saved.paper, content::PaperSize::Letter) << "not saved yet";

    EXPECT_EQ(tap(StaffCommand::SaveSettings), StaffEffect::SettingsSaved);
    EXPECT_EQ(work.saved.paper, content::PaperSize::A4);
    EXPECT_EQ(work.saved.idle.still_there_after_seconds, 105);
    EXPECT_EQ(work.saved.idle.reset_after_seconds, 15);
    EXPECT_EQ(work.saved.default_state, "MO");
    EXPECT_EQ(work.saved.default_county, "Boone County");
    EXPECT_EQ(work.saved.languages, std::vector<content::LanguageCode>{"es"});
}

// A campaign on the stick with the same version as the one in use, or an older one,
// is installed only after staff answer a question; a newer one work.installs at the tap.
TEST_F(Desk, InstallingACampaignNotNewerAsksFirstAndKeepInstallsNothing) {
    work.content.store_available = true;
    work.content.on_stick = {{"Campaign, version 5", {}, {}, "5", "4", false},
                        {"Campaign, version 4", {}, {}, "4", "4", true},
                        {"Campaign, version 3", {}, {}, "3", "4", true}};
    tap(StaffCommand::ShowTab, "content");

    tap(StaffCommand::Install, "0");
    EXPECT_EQ(work.installs, std::vector<std::string>{"0"}) << "a newer campaign work.installs without a question";
    EXPECT_EQ(desk->install_to_confirm(), nullptr);

    for (const char* index : {"1", "2"}) {
        SCOPED_TRACE(index);
        work.installs.clear();
        tap(StaffCommand::Install, index);
        EXPECT_TRUE(work.installs.empty()) << "not newer: nothing work.installs before staff answer";
        ASSERT_NE(desk->install_to_confirm(), nullptr);
        EXPECT_EQ(desk->install_to_confirm()->version, work.content.on_stick[std::stoul(index)].version);
        tap(StaffCommand::KeepInUse);
        EXPECT_TRUE(work.installs.empty());
        EXPECT_EQ(desk->install_to_confirm(), nullptr);
        EXPECT_EQ(desk->note().key, "staff.content.kept");
    }

    tap(StaffCommand::Install, "2");
    tap(StaffCommand::ShowTab, "printer");
    tap(StaffCommand::ShowTab, "content");
    EXPECT_EQ(desk->install_to_confirm(), nullptr) << "leaving the tab drops the question";
    tap(StaffCommand::InstallAnyway);
    EXPECT_TRUE(work.installs.empty()) << "Install anyway with no question asked does nothing";

    tap(StaffCommand::Install, "2");
    tap(StaffCommand::InstallAnyway);
    EXPECT_EQ(work.installs, std::vector<std::string>{"2 confirmed"});
    EXPECT_EQ(desk->install_to_confirm(), nullptr);
    EXPECT_EQ(desk->note().key, "staff.content.installed");
}

// A stick check that takes its time (a slow stick, a hostile archive) runs on the desk's
// worker: the tap returns at once, the screen has the step to show, other work waits,
// and Cancel stops it. The check is held until Cancel, so a desk that did it on the
// caller's thread would never return from the tap.
TEST_F(Desk, AStickCheckRunsOnTheWorkerShowsItsStepAndStopsOnCancel) {
    work.hold_stick_check = true;
    desk->act({StaffCommand::ShowTab, "content"}, "en", t0);
    ASSERT_TRUE(testing::poll_until(*desk, t0, [&] { return work.stick_check_waiting.load(); }));
    ASSERT_TRUE(testing::poll_until(*desk, t0, [&] { return desk->working() && !desk->working()->progress.detail.empty(); }));
    EXPECT_TRUE(desk->busy());
    EXPECT_EQ(desk->working()->progress.key, "staff.work.checking-sticks");
    EXPECT_EQ(desk->working()->progress.detail, "Reading campaign.zip");
    EXPECT_TRUE(desk->working()->can_stop);

    EXPECT_TRUE(desk->waits({StaffCommand::Resume, ""})) << "one job at a time: Resume is shown disabled";
    desk->act({StaffCommand::Resume, ""}, "en", t0);
    EXPECT_FALSE(desk->waits({StaffCommand::PinDigit, "1"})) << "typing never waits";

    desk->act({StaffCommand::StopWork, ""}, "en", t0);
    EXPECT_TRUE(desk->working()->stopping);
    testing::settle(*desk, t0);
    EXPECT_FALSE(desk->busy());
    EXPECT_FALSE(desk->content().sticks_checked);
    EXPECT_EQ(desk->note().key, "staff.work.stopped");
    EXPECT_EQ(work.resumes, 0) << "a tap on a disabled button does nothing, then or later";
}

TEST_F(Desk, LeavingTheStaffScreenStopsAStickCheckNobodyWillRead) {
    work.hold_stick_check = true;
    desk->act({StaffCommand::ShowTab, "content"}, "en", t0);
    ASSERT_TRUE(testing::poll_until(*desk, t0, [&] { return work.stick_check_waiting.load(); }));
    desk->close();
    testing::settle(*desk, t0);
    EXPECT_FALSE(work.stick_check_waiting);
    EXPECT_FALSE(desk->busy());
}

TEST_F(Desk, AJobThatThrowsOnTheWorkerIsANoteNeverADeadScreen) {
    work.export_throws = true;
    tap(StaffCommand::ShowTab, "counts");
    tap(StaffCommand::ExportCounts);
    EXPECT_EQ(desk->note().key, "staff.work.failed");
    EXPECT_TRUE(desk->note().problem);
    EXPECT_FALSE(desk->busy());
}

TEST(StaffWords, EveryPrinterStateHasStaffWordsInEnglishAndSpanish) {
    const content::Pack pack = testing::small_pack();
    using State = print::PrinterCondition::State;
    std::vector<std::string> keys = {"staff.printer.no-scheduler", "staff.printer.not-found", "staff.printer.unreachable",
                                     "staff.printer.saving"};
    for (const State state : {State::Idle, State::Processing, State::Stopped}) {
        for (const char* reason : {"", "media-empty-error", "media-jam-error", "door-open", "toner-empty-error",
                                   "offline-report", "toner-low-warning", "paused"}) {
            print::PrinterCondition condition;
            condition.state = state;
            if (*reason) condition.reasons.push_back(reason);
            keys.push_back(print::staff_status_key(condition));
            condition.accepting_jobs = false;
            keys.push_back(print::staff_status_key(condition));
        }
    }
    for (const auto& key : keys) {
        EXPECT_TRUE(has_staff_words(key)) << key;
        EXPECT_NE(staff_text(pack, "en", key), staff_text(pack, "es", key)) << key;
    }
    EXPECT_EQ(staff_text(pack, "en", "staff.printer.stopped.out-of-paper"),
              "The queue is stopped after paper ran out: refill, then Resume.");
}

TEST(StaffWords, APackMayGiveItsOwnWords) {
    content::Pack pack = testing::small_pack();
    pack.strings["es"]["staff.tab.printer"] = "La impresora";
    EXPECT_EQ(staff_text(pack, "es", "staff.tab.printer"), "La impresora");
    EXPECT_EQ(staff_text(pack, "en", "staff.tab.printer"), "Printer");
    EXPECT_EQ(staff_text(pack, "fr", "staff.tab.printer"), "Printer") << "a language with no words of its own gets English";
}

}  // namespace
}  // namespace kiosk::ui
