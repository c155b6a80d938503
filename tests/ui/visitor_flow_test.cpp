#include "ui/flow/visitor_flow.h"

#include <gtest/gtest.h>

#include "content/pack_loader.h"
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

TEST_F(VisitorFlowTest, BackKeepsWhatWasChosenUntilWelcomeWhichEndsTheVisit) {
    walk_to_review();
    flow.handle(Back{});
    EXPECT_EQ(flow.screen(), Screen::You);
    type("marker");
    flow.handle(Back{});
    EXPECT_EQ(flow.screen(), Screen::Why);
    flow.handle(Back{});
    EXPECT_EQ(flow.screen(), Screen::Where);
    flow.handle(Back{});
    EXPECT_EQ(flow.screen(), Screen::Who);
    EXPECT_EQ(flow.visit().recipients, std::vector<std::string>{"governor"});
    EXPECT_EQ(flow.visit().state, "MO");
    EXPECT_EQ(flow.visit().reasons, std::vector<std::string>{"heart-disease"});
    EXPECT_EQ(flow.visit().sender_name, "Marker");
    flow.handle(Back{});
    EXPECT_EQ(flow.screen(), Screen::Welcome);
    EXPECT_TRUE(flow.visit().recipients.empty());
    EXPECT_EQ(flow.visit().state, "");
    EXPECT_TRUE(flow.visit().reasons.empty());
    EXPECT_EQ(flow.visit().sender_name, "");
    flow.handle(Start{});
    flow.handle(Next{});
    EXPECT_EQ(flow.screen(), Screen::Who) << "the next visitor starts from nothing";
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
    flow.handle(ToggleShift{});  // once → locked
    flow.handle(ToggleShift{});  // locked → off
    type("ab");
    flow.handle(ToggleShift{});
    flow.handle(TypeText{"é"});
    type("c");
    EXPECT_EQ(flow.visit().sender_name, "abÉc");
}

TEST_F(VisitorFlowTest, CapsLockTypesCapitalsUntilTappedOff) {
    walk_to_review();
    flow.handle(Back{});
    flow.handle(FocusField{Field::Town});
    flow.handle(ToggleShift{});
    EXPECT_EQ(flow.keyboard().shift, Shift::Locked);
    type("mo ks");
    flow.handle(ToggleShift{});
    type("x");
    EXPECT_EQ(flow.visit().sender_town, "MO KSx");
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
    flow.handle(FocusField{Field::Street});
    type("12 elm st");
    flow.handle(FocusField{Field::Town});
    type("columbia");
    flow.handle(FocusField{Field::Zip});
    type("65201");
    EXPECT_EQ(flow.visit().sender_name, "Ana");
    EXPECT_EQ(flow.visit().sender_street, "12 Elm St");
    EXPECT_EQ(flow.visit().sender_town, "Columbia");
    EXPECT_EQ(flow.visit().sender_zip, "65201");
}

// The small keyboard of a 7" panel: letters first, the ZIP code on the digits page.
TEST_F(VisitorFlowTest, TheSmallKeyboardTurnsToItsDigitsAndTheZipCodeOpensThere) {
    walk_to_review();
    flow.handle(Back{});
    EXPECT_FALSE(flow.keyboard().digits_page);
    flow.handle(ToggleKeyPage{});
    EXPECT_TRUE(flow.keyboard().digits_page);
    flow.handle(FocusField{Field::Town});
    EXPECT_FALSE(flow.keyboard().digits_page);
    flow.handle(FocusField{Field::Zip});
    EXPECT_TRUE(flow.keyboard().digits_page);
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
    EXPECT_TRUE(flow.editing());
    EXPECT_FALSE(flow.can_go_back());  // one way out: back to the letter
    flow.handle(ToggleReason{"elderly"});
    flow.handle(ReturnToReview{});
    EXPECT_EQ(flow.screen(), Screen::Review);
    EXPECT_FALSE(flow.editing());
    EXPECT_EQ(flow.visit().reasons.size(), 2u);
}

TEST_F(VisitorFlowTest, EveryChangeReturnsToReview) {
    walk_to_review();
    for (Screen step : {Screen::Who, Screen::Where, Screen::Why, Screen::You}) {
        flow.handle(EditStep{step});
        ASSERT_EQ(flow.screen(), step);
        flow.handle(Back{});  // no way back but to the letter
        EXPECT_EQ(flow.screen(), step);
        flow.handle(ReturnToReview{});
        EXPECT_EQ(flow.screen(), Screen::Review) << screen_name(step);
    }
}

TEST_F(VisitorFlowTest, AnEditCannotLeaveTheLetterWithoutWhatItNeeds) {
    walk_to_review();
    flow.handle(EditStep{Screen::Why});
    flow.handle(ToggleReason{"heart-disease"});
    flow.handle(ReturnToReview{});
    EXPECT_EQ(flow.screen(), Screen::Why);
    EXPECT_EQ(flow.notice_key(), "ui.why.missing");
}

TEST_F(VisitorFlowTest, EditModeNeverReachesTheNextVisit) {
    walk_to_review();
    flow.handle(EditStep{Screen::Who});
    for (int i = 0; i < 5; ++i) flow.handle(CornerTap{t0});
    flow.handle(PinDigit{'1'});
    flow.handle(PinSubmit{});
    flow.handle(PinChecked{PinResult::Accepted, seconds(0)});
    flow.handle(Back{});
    ASSERT_EQ(flow.screen(), Screen::Who);
    flow.handle(Tick{t0 + seconds(1000)});
    flow.handle(Tick{t0 + seconds(2000)});
    ASSERT_EQ(flow.screen(), Screen::Welcome);
    EXPECT_FALSE(flow.editing());
    flow.handle(Start{});
    flow.handle(ToggleRecipient{"governor"});
    flow.handle(Next{});
    EXPECT_EQ(flow.screen(), Screen::Where);
    flow.handle(ChooseState{"MO"});
    flow.handle(Next{});
    EXPECT_EQ(flow.screen(), Screen::Why);
}

TEST_F(VisitorFlowTest, EditAddingASheriffAsksForTheCountyBeforeReview) {
    walk_to_review();
    flow.handle(EditStep{Screen::Who});
    flow.handle(ToggleRecipient{"sheriff"});
    flow.handle(Next{});
    EXPECT_EQ(flow.screen(), Screen::Where);
    EXPECT_TRUE(flow.editing());
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

TEST_F(VisitorFlowTest, StreetTownAndZipMakeTheAddressBlockAndTheTownTheBody) {
    Visit visit;
    visit.recipients = {"governor"};
    visit.state = "MO";
    visit.sender_street = " 12 Elm St ";
    visit.sender_town = "Columbia";
    visit.sender_zip = "65201";
    auto request = letter_requests(visit, content::PaperSize::Letter)[0];
    EXPECT_EQ(request.sender.address_lines, (std::vector<std::string>{"12 Elm St", "Columbia, MO 65201"}));
    EXPECT_EQ(request.sender.town, "Columbia");
    visit.sender_street.clear();
    visit.sender_town.clear();
    EXPECT_EQ(letter_requests(visit, content::PaperSize::Letter)[0].sender.address_lines, std::vector<std::string>{"MO 65201"});
    visit.sender_zip = "  ";
    EXPECT_TRUE(letter_requests(visit, content::PaperSize::Letter)[0].sender.address_lines.empty());
}

// The print worker's reports for the last request: one result per letter sent, then the end.
void report(VisitorFlow& flow, const std::vector<LetterResult>& results, const std::string& failure = "print.out-of-paper",
            Clock::time_point now = {}) {
    const PrintRequest request = flow.print_request();
    for (std::size_t i = 0; i < results.size() && i < request.letters.size(); ++i) {
        const bool failed = results[i] == LetterResult::Failed;
        flow.handle(LetterReported{request.run, request.letters[i], results[i], failed ? failure : "", ""});
    }
    flow.handle(PrintFinished{request.run, now});
}

constexpr LetterResult printed = LetterResult::Printed, saved = LetterResult::Saved, failed = LetterResult::Failed;

TEST_F(VisitorFlowTest, PrintingReportsProgressThenDone) {
    walk_to_review();
    EXPECT_EQ(flow.handle(Print{}), Effect::StartPrinting);
    EXPECT_EQ(flow.screen(), Screen::Printing);
    EXPECT_FALSE(flow.can_go_back());
    flow.handle(PrintProgress{flow.print_request().run, 0, 1, "print.printing"});
    EXPECT_EQ(flow.printing().letter_count, 1u);
    report(flow, {saved});
    EXPECT_EQ(flow.screen(), Screen::Done);
    EXPECT_TRUE(flow.printing().saved);
    EXPECT_EQ(flow.printing().letters_out, 1u);
}

TEST_F(VisitorFlowTest, WhatThePrinterWaitsForShowsAtOnceAndTheVisitorMayLeave) {
    walk_to_review();
    flow.handle(Print{});
    flow.handle(StartOver{});
    ASSERT_EQ(flow.screen(), Screen::Printing) << "an ordinary print cannot be left halfway";
    flow.handle(PrintProgress{flow.print_request().run, 0, 1, "print.out-of-paper"});
    EXPECT_EQ(flow.printing().message_key, "print.out-of-paper");
    EXPECT_TRUE(flow.next_deadline().has_value()) << "a stuck printer must not hold the visit forever";
    flow.handle(StartOver{});
    EXPECT_EQ(flow.screen(), Screen::Welcome);
}

TEST_F(VisitorFlowTest, PrintFailureRetriesOnlyTheLettersNotOut) {
    walk_to_review_with_two_letters();
    flow.handle(Print{});
    EXPECT_EQ(flow.print_request().letters, (std::vector<std::size_t>{0, 1}));
    report(flow, {printed, failed});
    EXPECT_EQ(flow.screen(), Screen::Printing);
    EXPECT_TRUE(flow.printing().failed);
    EXPECT_EQ(flow.printing().message_key, "print.out-of-paper");
    EXPECT_TRUE(flow.can_go_back());
    EXPECT_EQ(flow.handle(Retry{}), Effect::StartPrinting);
    EXPECT_EQ(flow.print_request().letters, std::vector<std::size_t>{1});
    report(flow, {printed});
    EXPECT_EQ(flow.screen(), Screen::Done);
}

TEST_F(VisitorFlowTest, EachLetterKeepsOneKeyAllVisitSoARetryCanAskWhatBecameOfIt) {
    walk_to_review_with_two_letters();
    flow.handle(Print{});
    const auto first = flow.print_request().keys;
    report(flow, {failed, failed});
    flow.handle(Retry{});
    EXPECT_EQ(flow.print_request().keys, first);
    EXPECT_NE(flow.print_request().run, 0u);
}

// "governor MO printed": what the counters are told, one line per letter.
std::vector<std::string> counted(VisitorFlow& flow) {
    std::vector<std::string> lines;
    for (const auto& letter : flow.take_letters_to_count()) {
        const char* result = letter.result == printed ? " printed" : letter.result == saved ? " saved" : " failed";
        lines.push_back(letter.recipient_id + " " + letter.state_id + result);
    }
    return lines;
}

using Lines = std::vector<std::string>;

TEST_F(VisitorFlowTest, APrintedLetterIsCountedOnceAsPrinted) {
    walk_to_review();
    flow.handle(Print{});
    EXPECT_EQ(counted(flow), Lines{});
    report(flow, {printed});
    EXPECT_EQ(counted(flow), Lines{"governor MO printed"});
    flow.handle(StartOver{});
    EXPECT_EQ(counted(flow), Lines{});
}

TEST_F(VisitorFlowTest, SavedLettersAreCountedAsSavedNotPrinted) {
    walk_to_review();
    flow.handle(Print{});
    report(flow, {saved});
    EXPECT_EQ(counted(flow), Lines{"governor MO saved"});
}

TEST_F(VisitorFlowTest, EveryFailedAttemptCounts) {
    walk_to_review();
    flow.handle(Print{});
    for (int attempt = 0; attempt < 3; ++attempt) {
        report(flow, {failed});
        flow.handle(Retry{});
    }
    EXPECT_EQ(counted(flow), (Lines{"governor MO failed", "governor MO failed", "governor MO failed"}));
}

TEST_F(VisitorFlowTest, ALetterIsPrintedAtMostOncePerVisitWhateverIsTapped) {
    walk_to_review_with_two_letters();
    flow.handle(Print{});
    report(flow, {printed, failed});
    flow.handle(Back{});
    ASSERT_EQ(flow.screen(), Screen::Review);
    EXPECT_EQ(flow.letters_to_print(), 1u);
    flow.handle(Print{});
    EXPECT_EQ(flow.print_request().letters, std::vector<std::size_t>{1});
    report(flow, {printed});
    ASSERT_EQ(flow.screen(), Screen::Done);
    EXPECT_EQ(counted(flow), (Lines{"president MO printed", "governor MO failed", "governor MO printed"}));
}

TEST_F(VisitorFlowTest, LettersStillPrintingAtAResetAreCountedWhenTheyEnd) {
    walk_to_review_with_two_letters();
    flow.handle(Print{});
    const PrintRequest request = flow.print_request();
    flow.handle(PrintProgress{request.run, 0, 2, "print.out-of-paper"});
    flow.handle(StartOver{});
    ASSERT_EQ(flow.screen(), Screen::Welcome);
    EXPECT_EQ(counted(flow), Lines{});
    flow.handle(LetterReported{request.run, 0, printed, "", ""});
    flow.handle(LetterReported{request.run, 1, failed, "print.out-of-paper", ""});
    flow.handle(PrintFinished{request.run, t0});
    EXPECT_EQ(flow.screen(), Screen::Welcome) << "an old run never moves the next visitor's screen";
    EXPECT_EQ(counted(flow), (Lines{"president MO printed", "governor MO failed"}));
}

TEST_F(VisitorFlowTest, LettersPrintedWhileStaffScreensAreOpenStillCount) {
    walk_to_review();
    flow.handle(Print{});
    for (int i = 0; i < 5; ++i) flow.handle(CornerTap{t0});
    ASSERT_EQ(flow.screen(), Screen::StaffPin);
    report(flow, {printed});
    EXPECT_EQ(counted(flow), Lines{"governor MO printed"});
    flow.handle(Back{});
    EXPECT_EQ(flow.screen(), Screen::Done);
}

TEST_F(VisitorFlowTest, ExitingTheKioskWipesTheVisit) {
    walk_to_review();
    flow.handle(Print{});
    report(flow, {failed});
    EXPECT_EQ(counted(flow), Lines{"governor MO failed"});
    for (int i = 0; i < 5; ++i) flow.handle(CornerTap{t0});
    flow.handle(PinDigit{'1'});
    flow.handle(PinSubmit{});
    flow.handle(PinChecked{PinResult::Accepted, seconds(0)});
    ASSERT_EQ(flow.screen(), Screen::StaffMenu);
    EXPECT_EQ(flow.handle(ExitKiosk{}), Effect::Exit);
    EXPECT_TRUE(flow.visit().recipients.empty());
}

TEST_F(VisitorFlowTest, StaffSeeTheLastPrintFailureAfterTheVisitEnds) {
    EXPECT_EQ(flow.last_print_failure_key(), "");
    walk_to_review();
    flow.handle(Print{});
    report(flow, {failed}, "print.paper-jam");
    flow.handle(Retry{});
    report(flow, {printed});
    flow.handle(StartOver{});
    EXPECT_EQ(flow.last_print_failure_key(), "print.paper-jam");
}

TEST_F(VisitorFlowTest, StartOverWipesTheVisit) {
    walk_to_review();
    flow.handle(Back{});
    type("ana");
    flow.handle(Next{});
    flow.handle(Print{});
    report(flow, {printed});
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
    report(flow, {printed}, "", t0 + seconds(5));
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

// A visitor who listens gets twice the time on every limit, for the rest of the visit
// only: the next visitor starts with the usual ones.
TEST_F(VisitorFlowTest, OnceSpeechStartsTheIdleLimitsDoubleForThatVisitOnly) {
    walk_to_review();
    flow.handle(Back{});
    flow.handle(SpeechStarted{});
    flow.handle(Tick{t0 + seconds(179)});
    EXPECT_EQ(flow.screen(), Screen::You);
    flow.handle(Tick{t0 + seconds(180)});
    ASSERT_EQ(flow.screen(), Screen::StillThere);
    EXPECT_EQ(flow.still_there_seconds_left(t0 + seconds(180)), 60);
    flow.handle(Tick{t0 + seconds(239)});
    EXPECT_EQ(flow.screen(), Screen::StillThere);
    flow.handle(Tick{t0 + seconds(240)});
    ASSERT_EQ(flow.screen(), Screen::Welcome);
    EXPECT_FALSE(flow.visit().more_time);
}

TEST_F(VisitorFlowTest, ATapSoonAfterAScreenAppearedIsHeldBackWithTheRestOfItsBurst) {
    walk_to_review();
    flow.handle(Back{});
    ASSERT_EQ(flow.screen(), Screen::You);
    const auto tap = [&](Clock::time_point at, const Event& event) {
        flow.handle(Touch{at});
        flow.handle(event);
    };
    const auto t1 = t0 + seconds(10);
    tap(t1, Next{});
    ASSERT_EQ(flow.screen(), Screen::Review);
    tap(t1 + std::chrono::milliseconds(40), Next{});  // the second tap of a double tap: not Print
    EXPECT_EQ(flow.screen(), Screen::Review);
    tap(t1 + std::chrono::milliseconds(350), Next{});
    tap(t1 + std::chrono::milliseconds(700), Next{});  // same burst: 350 ms after the last
    EXPECT_EQ(flow.screen(), Screen::Review);
    tap(t1 + std::chrono::milliseconds(1500), Next{});  // a deliberate tap
    EXPECT_EQ(flow.screen(), Screen::Printing);
}

TEST_F(VisitorFlowTest, APresidentOnlyLetterAsksForNoState) {
    flow.handle(Start{});
    flow.handle(ToggleRecipient{"president"});
    EXPECT_FALSE(flow.needs_state());
    flow.handle(Next{});
    EXPECT_EQ(flow.screen(), Screen::Why);
    flow.handle(Back{});
    EXPECT_EQ(flow.screen(), Screen::Who);
}

TEST_F(VisitorFlowTest, AVisitorFromAnUnlistedStateCanStillWriteToThePresident) {
    flow.handle(Start{});
    flow.handle(ToggleRecipient{"president"});
    flow.handle(ToggleRecipient{"governor"});
    flow.handle(Next{});
    ASSERT_EQ(flow.screen(), Screen::Where);
    EXPECT_TRUE(flow.offers_state_not_listed());
    flow.handle(StateNotListed{});
    EXPECT_EQ(flow.screen(), Screen::Why);
    EXPECT_EQ(flow.visit().recipients, std::vector<std::string>{"president"});
    EXPECT_EQ(flow.visit().state, "");
    const auto requests = letter_requests(flow.visit(), content::PaperSize::Letter);
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].state_id, "");
}

TEST_F(VisitorFlowTest, OnlyStateLettersLeftWhenTheStateIsNotListedSendsTheVisitorBackToWho) {
    flow.handle(Start{});
    flow.handle(ToggleRecipient{"governor"});
    flow.handle(Next{});
    flow.handle(StateNotListed{});
    EXPECT_EQ(flow.screen(), Screen::Who);
    EXPECT_EQ(flow.notice_key(), "ui.where.only-national");
}

TEST_F(VisitorFlowTest, ADisabledNextSaysWhatIsMissing) {
    flow.handle(Start{});
    flow.handle(Next{});
    EXPECT_EQ(flow.notice_key(), "ui.who.missing");
    flow.handle(ToggleRecipient{"sheriff"});
    EXPECT_EQ(flow.notice_key(), "");
    flow.handle(Next{});
    flow.handle(Next{});
    EXPECT_EQ(flow.notice_key(), "ui.where.missing-state");
    flow.handle(ChooseState{"MO"});
    flow.handle(Next{});
    EXPECT_EQ(flow.notice_key(), "ui.where.missing-county");
}

TEST_F(VisitorFlowTest, TheLanguageCanBeChangedOnEveryVisitorStep) {
    walk_to_review();
    flow.handle(ChooseLanguage{"es"});
    EXPECT_EQ(flow.visit().language, "es");
    EXPECT_EQ(flow.visit().recipients, std::vector<std::string>{"governor"});
}

TEST_F(VisitorFlowTest, TheFailsafeWipesTheVisitAndReturnsToWelcomeBySelf) {
    walk_to_review();
    flow.handle(Back{});
    type("ana");
    flow.handle(Failure{t0 + seconds(5)});
    EXPECT_EQ(flow.screen(), Screen::Sorry);
    EXPECT_EQ(flow.visit().sender_name, "");
    EXPECT_TRUE(flow.visit().recipients.empty());
    flow.handle(Tick{t0 + seconds(5) + VisitorFlow::sorry_seconds});
    EXPECT_EQ(flow.screen(), Screen::Welcome);
}

TEST_F(VisitorFlowTest, AWorkerThatBrokeSendsItsVisitToTheFailsafe) {
    walk_to_review();
    flow.handle(Print{});
    flow.handle(LetterReported{flow.print_request().run, 0, LetterResult::Failed, "ui.printing.not-made", ""});
    flow.handle(PrintFinished{flow.print_request().run, t0, true});
    EXPECT_EQ(flow.screen(), Screen::Sorry);
    ASSERT_EQ(flow.take_letters_to_count().size(), 1u);
}

TEST_F(VisitorFlowTest, WelcomeForgetsAChosenLanguageWhenLeftAlone) {
    flow.handle(ChooseLanguage{"es"});
    ASSERT_TRUE(flow.next_deadline().has_value());
    flow.handle(Tick{*flow.next_deadline()});
    EXPECT_EQ(flow.visit().language, "en");
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

// The ZIP code on Where, with the default pack's zips.csv (the Census ZIP areas of MO,
// KS, NE and AR).
class ZipOnWhere : public ::testing::Test {
protected:
    static const content::Pack& campaign() {
        static const content::Pack pack = content::load_pack(KIOSK_DEFAULT_CONTENT_DIR).value();
        return pack;
    }
    void SetUp() override {
        flow.handle(Start{});
        flow.handle(ToggleRecipient{"sheriff"});
        flow.handle(Next{});
        ASSERT_EQ(flow.screen(), Screen::Where);
    }
    void type_zip(const std::string& digits) {
        for (char digit : digits) flow.handle(ZipDigit{digit});
    }
    std::vector<std::string> offered() const {
        std::vector<std::string> counties;
        for (const auto& area : flow.zip_matches()) counties.push_back(area.state + " " + area.county);
        return counties;
    }

    VisitorFlow flow{campaign(), FlowSettings{campaign().info.idle, "", ""}, Clock::time_point{} + std::chrono::hours(1)};
};

TEST_F(ZipOnWhere, Zip65201OffersBooneCounty) {
    type_zip("6520");
    EXPECT_EQ(flow.zip_status(), ZipStatus::Typing);
    type_zip("1");
    EXPECT_EQ(flow.zip_status(), ZipStatus::Found);
    const auto counties = offered();
    EXPECT_NE(std::find(counties.begin(), counties.end(), "MO Boone County"), counties.end());
    EXPECT_EQ(flow.visit().state, "MO");  // every county it touches is in Missouri
    flow.handle(ChooseCounty{"Boone County", "MO"});
    EXPECT_EQ(flow.visit().county, "Boone County");
    EXPECT_TRUE(flow.can_go_next());
}

TEST_F(ZipOnWhere, ZipTouchingTwoCountiesOffersExactlyThoseTwoAndWaitsForATap) {
    type_zip("63005");
    EXPECT_EQ(offered(), (std::vector<std::string>{"MO Franklin County", "MO St. Louis County"}));
    EXPECT_EQ(flow.visit().state, "MO");
    EXPECT_EQ(flow.visit().county, "");
    flow.handle(Next{});
    EXPECT_EQ(flow.notice_key(), "ui.where.missing-county");
    flow.handle(ChooseCounty{"St. Louis County", "MO"});
    EXPECT_EQ(flow.visit().county, "St. Louis County");
}

TEST_F(ZipOnWhere, ZipOfOneCountyChoosesIt) {
    type_zip("64101");
    EXPECT_EQ(offered(), std::vector<std::string>{"MO Jackson County"});
    EXPECT_EQ(flow.visit().county, "Jackson County");
    EXPECT_TRUE(flow.can_go_next());
}

TEST_F(ZipOnWhere, ZipOnAStateLineLeavesTheStateToTheCountyTapped) {
    flow.handle(ChooseState{"KS"});
    type_zip("65729");
    EXPECT_EQ(offered(), (std::vector<std::string>{"AR Marion County", "MO Ozark County"}));
    EXPECT_EQ(flow.visit().state, "KS");
    flow.handle(ChooseCounty{"Ozark County", "MO"});
    EXPECT_EQ(flow.visit().state, "MO");
    EXPECT_EQ(flow.visit().county, "Ozark County");
}

TEST_F(ZipOnWhere, UnknownZipIsNotFoundAndTheListsStillChoose) {
    type_zip("00000");
    EXPECT_EQ(flow.zip_status(), ZipStatus::NotFound);
    EXPECT_TRUE(flow.zip_matches().empty());
    EXPECT_EQ(flow.visit().state, "");
    EXPECT_TRUE(flow.needs_county());
    flow.handle(ChooseState{"NE"});
    flow.handle(ChooseCounty{"Lancaster County"});
    EXPECT_TRUE(flow.can_go_next());
}

TEST_F(ZipOnWhere, KeypadTakesFiveDigitsOnlyAndBackspaceCorrects) {
    type_zip("6a52019");
    EXPECT_EQ(flow.visit().zip, "65201");
    flow.handle(ZipBackspace{});
    EXPECT_EQ(flow.visit().zip, "6520");
    EXPECT_EQ(flow.zip_status(), ZipStatus::Typing);
}

TEST_F(ZipOnWhere, TheCorrectedZipIsTheOneOnTheLetter) {
    type_zip("63005");
    EXPECT_EQ(flow.visit().sender_zip, "63005");
    for (int i = 0; i < 5; ++i) flow.handle(ZipBackspace{});
    type_zip("65201");
    EXPECT_EQ(flow.visit().sender_zip, "65201");
}

// Something in a field, whatever its type.
void fill(std::string& text) { text = "Ana of 12 Elm St"; }
void fill(std::vector<std::string>& texts) { texts = {"governor", "elderly"}; }
void fill(bool& choice) { choice = true; }

// The check walks every member from the type (every_field, which does not compile when
// Visit gains a member it lacks): a field added later is filled here and must come back
// empty, with no list in this test to forget it in.
TEST(VisitWipe, EmptiesEveryField) {
    Visit visit;
    std::apply([](auto&... field) { (fill(field), ...); }, every_field(visit));
    ASSERT_EQ(visit.sender_name, "Ana of 12 Elm St");
    wipe(visit);
    Visit empty;
    std::size_t index = 0;
    const auto check = [&index](const auto& wiped, const auto& fresh) {
        EXPECT_EQ(wiped, fresh) << "member " << index << " of Visit is not empty after the wipe";
        ++index;
    };
    std::apply([&](auto&... wiped) { std::apply([&](auto&... fresh) { (check(wiped, fresh), ...); }, every_field(empty)); },
               every_field(visit));
    EXPECT_EQ(index, base::field_count<Visit>());
}

}  // namespace
}  // namespace kiosk::ui::flow
