#include "ui/flow/visitor_flow.h"

#include <gtest/gtest.h>

#include "test_pack.h"
#include "ui/flow/letter_requests.h"

namespace kiosk::ui::flow {
namespace {

using std::chrono::seconds;

class VisitorFlowTest : public ::testing::Test {
protected:
    content::Pack pack = testing::small_pack();
    Clock::time_point t0 = Clock::time_point{} + std::chrono::hours(1);
    VisitorFlow flow{pack, FlowSettings{pack.info.idle, "", ""}, t0};

    // Walks to the Review screen with a governor letter for MO and one reason.
    void walk_to_review() {
        flow.handle(Start{});
        flow.handle(ToggleRecipient{"governor"});
        flow.handle(Next{});
        flow.handle(ChooseState{"MO"});
        flow.handle(Next{});
        flow.handle(ToggleReason{"heart-disease"});
        flow.handle(Next{});
        flow.handle(Next{});
        ASSERT_EQ(flow.screen(), Screen::Review);
    }

    // Walks to the Review screen with two letters (the President's, then the governor's) for MO.
    void walk_to_review_with_two_letters() {
        flow.handle(Start{});
        flow.handle(ToggleRecipient{"president"});
        flow.handle(ToggleRecipient{"governor"});
        flow.handle(Next{});
        flow.handle(ChooseState{"MO"});
        flow.handle(Next{});
        flow.handle(ToggleReason{"elderly"});
        flow.handle(Next{});
        flow.handle(Next{});
        ASSERT_EQ(flow.screen(), Screen::Review);
    }

    void type(const std::string& keys) {
        for (char key : keys) flow.handle(TypeText{std::string(1, key)});
    }
};

TEST_F(VisitorFlowTest, StartsOnWelcomeInTheDefaultLanguage) {
    EXPECT_EQ(flow.screen(), Screen::Welcome);
    EXPECT_EQ(flow.visit().language, "en");
}

TEST_F(VisitorFlowTest, WalksEveryStepToReview) {
    walk_to_review();
    EXPECT_EQ(flow.visit().recipients, std::vector<std::string>{"governor"});
    EXPECT_EQ(flow.visit().state, "MO");
    EXPECT_EQ(flow.visit().reasons, std::vector<std::string>{"heart-disease"});
}

TEST_F(VisitorFlowTest, ChoosingSpanishOnWelcomeSetsScreensAndLetterLanguage) {
    flow.handle(ChooseLanguage{"es"});
    EXPECT_EQ(flow.visit().language, "es");
    EXPECT_EQ(letter_language(flow.visit()), "es");
}

TEST_F(VisitorFlowTest, IgnoresALanguageThePackDoesNotHave) {
    flow.handle(ChooseLanguage{"fr"});
    EXPECT_EQ(flow.visit().language, "en");
}

TEST_F(VisitorFlowTest, NextIsDisabledUntilARecipientIsChosen) {
    flow.handle(Start{});
    EXPECT_FALSE(flow.can_go_next());
    flow.handle(Next{});
    EXPECT_EQ(flow.screen(), Screen::Who);
    flow.handle(ToggleRecipient{"governor"});
    EXPECT_TRUE(flow.can_go_next());
    flow.handle(ToggleRecipient{"governor"});
    EXPECT_FALSE(flow.can_go_next());
}

TEST_F(VisitorFlowTest, KeepsRecipientsInTheOrderTapped) {
    flow.handle(Start{});
    flow.handle(ToggleRecipient{"sheriff"});
    flow.handle(ToggleRecipient{"president"});
    flow.handle(ToggleRecipient{"governor"});
    EXPECT_EQ(flow.visit().recipients, (std::vector<std::string>{"sheriff", "president", "governor"}));
}

TEST_F(VisitorFlowTest, WhereNeedsAState) {
    flow.handle(Start{});
    flow.handle(ToggleRecipient{"governor"});
    flow.handle(Next{});
    EXPECT_FALSE(flow.can_go_next());
    flow.handle(ChooseState{"XX"});
    EXPECT_FALSE(flow.can_go_next());
    flow.handle(ChooseState{"KS"});
    EXPECT_TRUE(flow.can_go_next());
}

TEST_F(VisitorFlowTest, WhereNeedsACountyOnlyForCountyLevelRecipients) {
    flow.handle(Start{});
    flow.handle(ToggleRecipient{"sheriff"});
    flow.handle(Next{});
    flow.handle(ChooseState{"MO"});
    EXPECT_TRUE(flow.needs_county());
    EXPECT_FALSE(flow.can_go_next());
    flow.handle(ChooseCounty{"Allen County"});  // a Kansas county: refused for Missouri
    EXPECT_FALSE(flow.can_go_next());
    flow.handle(ChooseCounty{"Boone County"});
    EXPECT_TRUE(flow.can_go_next());
}

TEST_F(VisitorFlowTest, ChangingStateForgetsTheCounty) {
    flow.handle(Start{});
    flow.handle(ToggleRecipient{"sheriff"});
    flow.handle(Next{});
    flow.handle(ChooseState{"MO"});
    flow.handle(ChooseCounty{"Boone County"});
    flow.handle(ChooseState{"KS"});
    EXPECT_EQ(flow.visit().county, "");
    EXPECT_FALSE(flow.can_go_next());
}

TEST_F(VisitorFlowTest, EventSettingsPreselectStateAndCounty) {
    VisitorFlow preset{pack, FlowSettings{pack.info.idle, "MO", "Boone County"}, t0};
    EXPECT_EQ(preset.visit().state, "MO");
    EXPECT_EQ(preset.visit().county, "Boone County");
}

TEST_F(VisitorFlowTest, WhyNeedsAtLeastOneReason) {
    flow.handle(Start{});
    flow.handle(ToggleRecipient{"governor"});
    flow.handle(Next{});
    flow.handle(ChooseState{"MO"});
    flow.handle(Next{});
    EXPECT_FALSE(flow.can_go_next());
    flow.handle(ToggleReason{"elderly"});
    flow.handle(ToggleReason{"hypertension"});
    EXPECT_EQ(flow.visit().reasons, (std::vector<std::string>{"elderly", "hypertension"}));
    flow.handle(ToggleReason{"elderly"});
    EXPECT_EQ(flow.visit().reasons, std::vector<std::string>{"hypertension"});
    EXPECT_TRUE(flow.can_go_next());
}

TEST_F(VisitorFlowTest, BackFromEveryStepKeepsWhatWasChosen) {
    walk_to_review();
    flow.handle(Back{});
    EXPECT_EQ(flow.screen(), Screen::You);
    flow.handle(Back{});
    EXPECT_EQ(flow.screen(), Screen::Why);
    flow.handle(Back{});
    EXPECT_EQ(flow.screen(), Screen::Where);
    flow.handle(Back{});
    EXPECT_EQ(flow.screen(), Screen::Who);
    flow.handle(Back{});
    EXPECT_EQ(flow.screen(), Screen::Welcome);
    EXPECT_EQ(flow.visit().recipients, std::vector<std::string>{"governor"});
    EXPECT_EQ(flow.visit().state, "MO");
    EXPECT_EQ(flow.visit().reasons, std::vector<std::string>{"heart-disease"});
}

TEST_F(VisitorFlowTest, TypingCapitalisesEachWordAndTakesAccents) {
    walk_to_review();
    flow.handle(Back{});
    type("ana ");
    flow.handle(TypeText{"n"});
    flow.handle(TypeText{"ú"});
    flow.handle(TypeText{"ñ"});
    type("ez");
    EXPECT_EQ(flow.visit().sender_name, "Ana Núñez");
}

TEST_F(VisitorFlowTest, ShiftKeyTogglesCapitals) {
    walk_to_review();
    flow.handle(Back{});
    flow.handle(ToggleShift{});  // off at the start of the field
    type("ab");
    flow.handle(ToggleShift{});
    flow.handle(TypeText{"é"});
    EXPECT_EQ(flow.visit().sender_name, "abÉ");
}

TEST_F(VisitorFlowTest, BackspaceRemovesWholeAccentedCharacters) {
    walk_to_review();
    flow.handle(Back{});
    flow.handle(TypeText{"j"});
    flow.handle(TypeText{"ó"});
    flow.handle(Backspace{});
    EXPECT_EQ(flow.visit().sender_name, "J");
    flow.handle(Backspace{});
    flow.handle(Backspace{});
    EXPECT_EQ(flow.visit().sender_name, "");
}

TEST_F(VisitorFlowTest, TypingGoesToTheFocusedField) {
    walk_to_review();
    flow.handle(Back{});
    type("ana");
    flow.handle(FocusField{Field::Address});
    type("columbia 65201");
    EXPECT_EQ(flow.visit().sender_name, "Ana");
    EXPECT_EQ(flow.visit().sender_address, "Columbia 65201");
}

TEST_F(VisitorFlowTest, NameStopsAtItsLimit) {
    walk_to_review();
    flow.handle(Back{});
    type(std::string(VisitorFlow::max_name_length + 10, 'a'));
    EXPECT_EQ(flow.visit().sender_name.size(), VisitorFlow::max_name_length);
}

TEST_F(VisitorFlowTest, SkipClearsWhatWasTypedAndGoesToReview) {
    walk_to_review();
    flow.handle(Back{});
    type("ana");
    flow.handle(Skip{});
    EXPECT_EQ(flow.screen(), Screen::Review);
    EXPECT_EQ(flow.visit().sender_name, "");
}

TEST_F(VisitorFlowTest, EditFromReviewReturnsToReviewOnNext) {
    walk_to_review();
    flow.handle(EditStep{Screen::Why});
    EXPECT_EQ(flow.screen(), Screen::Why);
    flow.handle(ToggleReason{"elderly"});
    flow.handle(Next{});
    EXPECT_EQ(flow.screen(), Screen::Review);
    EXPECT_EQ(flow.visit().reasons.size(), 2u);
}

TEST_F(VisitorFlowTest, EditAddingASheriffAsksForTheCountyBeforeReview) {
    walk_to_review();
    flow.handle(EditStep{Screen::Who});
    flow.handle(ToggleRecipient{"sheriff"});
    flow.handle(Next{});
    EXPECT_EQ(flow.screen(), Screen::Where);
    flow.handle(ChooseCounty{"Boone County"});
    flow.handle(Next{});
    EXPECT_EQ(flow.screen(), Screen::Review);
}

TEST_F(VisitorFlowTest, ReviewOffersTheLetterInAnotherLanguage) {
    walk_to_review();
    flow.handle(ChooseLetterLanguage{"es"});
    EXPECT_EQ(flow.visit().language, "en");
    EXPECT_EQ(letter_language(flow.visit()), "es");
}

TEST_F(VisitorFlowTest, OneLetterRequestPerRecipientInOrder) {
    flow.handle(Start{});
    flow.handle(ToggleRecipient{"sheriff"});
    flow.handle(ToggleRecipient{"governor"});
    flow.handle(Next{});
    flow.handle(ChooseState{"MO"});
    flow.handle(ChooseCounty{"Boone County"});
    flow.handle(Next{});
    flow.handle(ToggleReason{"lung-disease"});
    flow.handle(Next{});
    type("ana");
    flow.handle(Next{});
    flow.handle(ChooseLetterLanguage{"es"});
    const auto requests = letter_requests(flow.visit(), content::PaperSize::A4);
    ASSERT_EQ(requests.size(), 2u);
    EXPECT_EQ(requests[0].recipient_id, "sheriff");
    EXPECT_EQ(requests[1].recipient_id, "governor");
    EXPECT_EQ(requests[0].county, "Boone County");
    EXPECT_EQ(requests[1].sender.name, "Ana");
    EXPECT_TRUE(requests[1].sender.address_lines.empty());
    EXPECT_EQ(requests[1].language, "es");
    EXPECT_EQ(requests[1].paper, content::PaperSize::A4);
}

TEST_F(VisitorFlowTest, TypedAddressSplitsAtTheFirstCommaIntoStreetAndTown) {
    Visit visit;
    visit.recipients = {"governor"};
    visit.sender_address = " 12 Elm St,  Columbia, MO 65201 ";
    EXPECT_EQ(letter_requests(visit, content::PaperSize::Letter)[0].sender.address_lines,
              (std::vector<std::string>{"12 Elm St", "Columbia, MO 65201"}));
    visit.sender_address = "Columbia 65201";
    EXPECT_EQ(letter_requests(visit, content::PaperSize::Letter)[0].sender.address_lines,
              std::vector<std::string>{"Columbia 65201"});
    visit.sender_address = "  ";
    EXPECT_TRUE(letter_requests(visit, content::PaperSize::Letter)[0].sender.address_lines.empty());
}

TEST_F(VisitorFlowTest, PrintingReportsProgressThenDone) {
    walk_to_review();
    EXPECT_EQ(flow.handle(Print{}), Effect::StartPrinting);
    EXPECT_EQ(flow.screen(), Screen::Printing);
    EXPECT_FALSE(flow.can_go_back());
    flow.handle(PrintProgress{0, 1});
    EXPECT_EQ(flow.printing().letter_count, 1u);
    flow.handle(PrintFinished{t0, 1, false, "", "/srv/letters"});
    EXPECT_EQ(flow.screen(), Screen::Done);
    EXPECT_EQ(flow.printing().saved_to, "/srv/letters");
}

TEST_F(VisitorFlowTest, PrintFailureOffersRetryOfTheRemainingLetters) {
    walk_to_review_with_two_letters();
    flow.handle(Print{});
    flow.handle(PrintFinished{t0, 1, true, "print.out-of-paper", ""});
    EXPECT_EQ(flow.screen(), Screen::Printing);
    EXPECT_TRUE(flow.printing().failed);
    EXPECT_EQ(flow.printing().message_key, "print.out-of-paper");
    EXPECT_TRUE(flow.can_go_back());
    EXPECT_EQ(flow.handle(Retry{}), Effect::StartPrinting);
    EXPECT_EQ(flow.first_letter_to_print(), 1u);
    flow.handle(PrintFinished{t0, 2, false, "", ""});
    EXPECT_EQ(flow.screen(), Screen::Done);
}

// "governor MO printed": what the counters are told, one line per letter.
std::vector<std::string> counted(VisitorFlow& flow) {
    std::vector<std::string> lines;
    for (const auto& letter : flow.take_letters_to_count()) {
        lines.push_back(letter.recipient_id + " " + letter.state_id + (letter.printed ? " printed" : " not printed"));
    }
    return lines;
}

using Lines = std::vector<std::string>;

TEST_F(VisitorFlowTest, APrintedLetterIsCountedOnceAsPrinted) {
    walk_to_review();
    flow.handle(Print{});
    EXPECT_EQ(counted(flow), Lines{});
    flow.handle(PrintFinished{t0, 1, false, "", ""});
    EXPECT_EQ(counted(flow), Lines{"governor MO printed"});
    flow.handle(StartOver{});
    EXPECT_EQ(counted(flow), Lines{});
}

TEST_F(VisitorFlowTest, AFailedLetterLeftBehindIsCountedOnceAsNotPrinted) {
    walk_to_review();
    flow.handle(Print{});
    flow.handle(PrintFinished{t0, 0, true, "print.out-of-paper", ""});
    EXPECT_EQ(counted(flow), Lines{});
    flow.handle(Tick{t0 + seconds(90)});
    ASSERT_EQ(flow.screen(), Screen::StillThere);
    flow.handle(Tick{t0 + seconds(120)});
    ASSERT_EQ(flow.screen(), Screen::Welcome);
    EXPECT_EQ(counted(flow), Lines{"governor MO not printed"});
    EXPECT_EQ(counted(flow), Lines{});
}

TEST_F(VisitorFlowTest, AFailureThenASuccessfulRetryCountsOnlyAsPrinted) {
    walk_to_review();
    flow.handle(Print{});
    flow.handle(PrintFinished{t0, 0, true, "print.paper-jam", ""});
    flow.handle(Retry{});
    flow.handle(PrintFinished{t0, 1, false, "", ""});
    flow.handle(StartOver{});
    EXPECT_EQ(counted(flow), Lines{"governor MO printed"});
}

TEST_F(VisitorFlowTest, PrintingAgainAfterBackCountsTheLettersOnce) {
    walk_to_review();
    flow.handle(Print{});
    flow.handle(PrintFinished{t0, 0, true, "print.paper-jam", ""});
    flow.handle(Back{});
    flow.handle(Print{});
    flow.handle(PrintFinished{t0, 1, false, "", ""});
    flow.handle(StartOver{});
    EXPECT_EQ(counted(flow), Lines{"governor MO printed"});
}

TEST_F(VisitorFlowTest, OfTwoLettersThePrintedOneCountsPrintedAndTheOtherNotAtStartOver) {
    walk_to_review_with_two_letters();
    flow.handle(Print{});
    flow.handle(PrintFinished{t0, 1, true, "print.out-of-paper", ""});
    EXPECT_EQ(counted(flow), Lines{"president MO printed"});
    flow.handle(StartOver{});
    EXPECT_EQ(counted(flow), Lines{"governor MO not printed"});
}

TEST_F(VisitorFlowTest, LettersPrintedWhileStaffScreensAreOpenStillCount) {
    walk_to_review();
    flow.handle(Print{});
    for (int i = 0; i < 5; ++i) flow.handle(CornerTap{t0});
    ASSERT_EQ(flow.screen(), Screen::StaffPin);
    flow.handle(PrintFinished{t0, 1, false, "", ""});
    EXPECT_EQ(counted(flow), Lines{"governor MO printed"});
    flow.handle(Back{});
    EXPECT_EQ(flow.screen(), Screen::Done);
}

TEST_F(VisitorFlowTest, ExitingTheKioskCountsUnprintedLettersAndWipesTheVisit) {
    walk_to_review();
    flow.handle(Print{});
    flow.handle(PrintFinished{t0, 0, true, "print.out-of-paper", ""});
    for (int i = 0; i < 5; ++i) flow.handle(CornerTap{t0});
    flow.handle(PinDigit{'1'});
    flow.handle(PinSubmit{});
    flow.handle(PinChecked{PinResult::Accepted, seconds(0)});
    ASSERT_EQ(flow.screen(), Screen::StaffMenu);
    EXPECT_EQ(flow.handle(ExitKiosk{}), Effect::Exit);
    EXPECT_EQ(counted(flow), Lines{"governor MO not printed"});
    EXPECT_TRUE(flow.visit().recipients.empty());
}

TEST_F(VisitorFlowTest, StaffSeeTheLastPrintFailureAfterTheVisitEnds) {
    EXPECT_EQ(flow.last_print_failure_key(), "");
    walk_to_review();
    flow.handle(Print{});
    flow.handle(PrintFinished{t0, 0, true, "print.paper-jam", ""});
    flow.handle(Retry{});
    flow.handle(PrintFinished{t0, 1, false, "", ""});
    flow.handle(StartOver{});
    EXPECT_EQ(flow.last_print_failure_key(), "print.paper-jam");
}

TEST_F(VisitorFlowTest, StartOverWipesTheVisit) {
    walk_to_review();
    flow.handle(Back{});
    type("ana");
    flow.handle(Next{});
    flow.handle(Print{});
    flow.handle(PrintFinished{t0, 1, false, "", ""});
    const auto visit_before = flow.visit_number();
    flow.handle(StartOver{});
    EXPECT_EQ(flow.screen(), Screen::Welcome);
    EXPECT_EQ(flow.visit().sender_name, "");
    EXPECT_TRUE(flow.visit().recipients.empty());
    EXPECT_TRUE(flow.visit().reasons.empty());
    EXPECT_GT(flow.visit_number(), visit_before);
}

TEST_F(VisitorFlowTest, DoneResetsByItself) {
    walk_to_review();
    flow.handle(Print{});
    flow.handle(PrintFinished{t0 + seconds(5), 1, false, "", ""});
    flow.handle(Tick{t0 + seconds(5 + 44)});
    EXPECT_EQ(flow.screen(), Screen::Done);
    flow.handle(Tick{t0 + seconds(5 + 45)});
    EXPECT_EQ(flow.screen(), Screen::Welcome);
}

TEST_F(VisitorFlowTest, IdleAsksStillThereThenResets) {
    walk_to_review();
    flow.handle(Back{});
    type("ana");
    flow.handle(Tick{t0 + seconds(89)});
    EXPECT_EQ(flow.screen(), Screen::You);
    flow.handle(Tick{t0 + seconds(90)});
    EXPECT_EQ(flow.screen(), Screen::StillThere);
    EXPECT_EQ(flow.still_there_seconds_left(t0 + seconds(90)), 30);
    EXPECT_EQ(flow.still_there_seconds_left(t0 + seconds(119)), 1);
    flow.handle(Tick{t0 + seconds(120)});
    EXPECT_EQ(flow.screen(), Screen::Welcome);
    EXPECT_EQ(flow.visit().sender_name, "");
    EXPECT_TRUE(flow.visit().recipients.empty());
}

TEST_F(VisitorFlowTest, TouchKeepsTheVisitAlive) {
    walk_to_review();
    flow.handle(Touch{t0 + seconds(80)});
    flow.handle(Tick{t0 + seconds(100)});
    EXPECT_EQ(flow.screen(), Screen::Review);
    flow.handle(Tick{t0 + seconds(170)});
    EXPECT_EQ(flow.screen(), Screen::StillThere);
}

TEST_F(VisitorFlowTest, StillHereReturnsToTheSameStepWithEverythingKept) {
    walk_to_review();
    flow.handle(Tick{t0 + seconds(90)});
    flow.handle(Touch{t0 + seconds(95)});
    flow.handle(StillHere{});
    EXPECT_EQ(flow.screen(), Screen::Review);
    EXPECT_EQ(flow.visit().recipients, std::vector<std::string>{"governor"});
    flow.handle(Tick{t0 + seconds(150)});
    EXPECT_EQ(flow.screen(), Screen::Review);
}

TEST_F(VisitorFlowTest, WelcomeHasNoTimer) {
    EXPECT_FALSE(flow.next_deadline().has_value());
    flow.handle(Tick{t0 + seconds(10000)});
    EXPECT_EQ(flow.screen(), Screen::Welcome);
}

TEST_F(VisitorFlowTest, NoIdleResetWhilePrinting) {
    walk_to_review();
    flow.handle(Print{});
    flow.handle(Tick{t0 + seconds(500)});
    EXPECT_EQ(flow.screen(), Screen::Printing);
    EXPECT_FALSE(flow.next_deadline().has_value());
}

TEST_F(VisitorFlowTest, FiveCornerTapsWithinThreeSecondsOpenThePinPad) {
    flow.handle(Start{});
    for (int i = 0; i < 4; ++i) flow.handle(CornerTap{t0 + std::chrono::milliseconds(500 * i)});
    EXPECT_EQ(flow.screen(), Screen::Who);
    flow.handle(CornerTap{t0 + std::chrono::milliseconds(2500)});
    EXPECT_EQ(flow.screen(), Screen::StaffPin);
    flow.handle(Back{});
    EXPECT_EQ(flow.screen(), Screen::Who);
}

TEST_F(VisitorFlowTest, SlowCornerTapsDoNothing) {
    for (int i = 0; i < 5; ++i) flow.handle(CornerTap{t0 + seconds(i)});
    EXPECT_EQ(flow.screen(), Screen::Welcome);
}

TEST_F(VisitorFlowTest, RightPinOpensStaffMenuAndExit) {
    for (int i = 0; i < 5; ++i) flow.handle(CornerTap{t0});
    flow.handle(PinDigit{'1'});
    flow.handle(PinDigit{'2'});
    EXPECT_EQ(flow.entered_pin(), "12");
    EXPECT_EQ(flow.handle(PinSubmit{}), Effect::CheckPin);
    flow.handle(PinChecked{PinResult::Accepted, seconds(0)});
    EXPECT_EQ(flow.screen(), Screen::StaffMenu);
    EXPECT_EQ(flow.entered_pin(), "");
    EXPECT_EQ(flow.handle(ExitKiosk{}), Effect::Exit);
}

TEST_F(VisitorFlowTest, WrongPinsSayWhyAndShowTheWait) {
    for (int i = 0; i < 5; ++i) flow.handle(CornerTap{t0});
    flow.handle(PinDigit{'9'});
    flow.handle(PinSubmit{});
    flow.handle(PinChecked{PinResult::Rejected, seconds(0)});
    EXPECT_EQ(flow.screen(), Screen::StaffPin);
    EXPECT_EQ(flow.pin_message_key(), "ui.staff.wrong-pin");
    flow.handle(PinDigit{'9'});
    flow.handle(PinSubmit{});
    flow.handle(PinChecked{PinResult::LockedOut, seconds(30)});
    EXPECT_EQ(flow.pin_message_key(), "ui.staff.locked");
    EXPECT_EQ(flow.pin_locked_for(), seconds(30));
}

TEST_F(VisitorFlowTest, ExitIsOnlyPossibleFromTheStaffMenu) {
    EXPECT_EQ(flow.handle(ExitKiosk{}), Effect::None);
    walk_to_review();
    EXPECT_EQ(flow.handle(ExitKiosk{}), Effect::None);
}

TEST_F(VisitorFlowTest, StaffScreensCloseThemselvesWhenLeftAlone) {
    flow.handle(Start{});
    for (int i = 0; i < 5; ++i) flow.handle(CornerTap{t0});
    flow.handle(PinDigit{'4'});
    flow.handle(Tick{t0 + seconds(90)});
    EXPECT_EQ(flow.screen(), Screen::Who);
    EXPECT_EQ(flow.entered_pin(), "");
}

TEST(VisitWipe, EmptiesEveryField) {
    Visit visit{"es", {"governor"}, "MO", "Boone County", {"elderly"}, "Ana", "Columbia 65201", "en"};
    wipe(visit);
    EXPECT_EQ(visit.sender_name, "");
    EXPECT_EQ(visit.sender_address, "");
    EXPECT_TRUE(visit.recipients.empty());
    EXPECT_EQ(visit.language, "");
}

}  // namespace
}  // namespace kiosk::ui::flow
