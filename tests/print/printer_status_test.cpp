// What a printer's CUPS state reads as, in words a visitor or staff member can act on.
#include <gtest/gtest.h>

#include "print/printer_status.h"

namespace kiosk::print {
namespace {

using State = PrinterCondition::State;

std::string key_for(State state, std::vector<std::string> reasons, bool accepting = true) {
    return describe({state, std::move(reasons), "", accepting}).message_key;
}

TEST(PrinterStatus, IdlePrinterIsReady) {
    EXPECT_EQ(key_for(State::Idle, {}), "print.ready");
    EXPECT_EQ(describe({State::Idle, {}, "", true}).severity, Severity::Ok);
}

TEST(PrinterStatus, ProcessingPrinterIsPrinting) { EXPECT_EQ(key_for(State::Processing, {}), "print.printing"); }

TEST(PrinterStatus, StoppedQueueSaysWhyWhenCupsKnows) {
    EXPECT_EQ(key_for(State::Stopped, {"media-empty-error", "paused"}), "print.out-of-paper");
    EXPECT_EQ(key_for(State::Stopped, {"media-needed-warning"}), "print.out-of-paper");
    EXPECT_EQ(key_for(State::Stopped, {"media-jam-error"}), "print.paper-jam");
    EXPECT_EQ(key_for(State::Stopped, {"door-open-error"}), "print.door-open");
    EXPECT_EQ(key_for(State::Stopped, {"cover-open"}), "print.door-open");
    EXPECT_EQ(key_for(State::Stopped, {"toner-empty-error"}), "print.toner-empty");
    EXPECT_EQ(key_for(State::Stopped, {"marker-supply-empty-error"}), "print.toner-empty");
    EXPECT_EQ(key_for(State::Stopped, {"offline-report"}), "print.offline");
    EXPECT_EQ(key_for(State::Stopped, {"timed-out"}), "print.offline");
    EXPECT_EQ(key_for(State::Stopped, {"connecting-to-device"}), "print.offline");
}

TEST(PrinterStatus, StoppedQueueWithoutAReasonWasStoppedByStaff) {
    EXPECT_EQ(key_for(State::Stopped, {"paused"}), "print.stopped");
    EXPECT_EQ(describe({State::Stopped, {"paused"}, "", true}).severity, Severity::Error);
}

TEST(PrinterStatus, QueueRefusingJobsIsStopped) { EXPECT_EQ(key_for(State::Idle, {}, false), "print.stopped"); }

TEST(PrinterStatus, JamIsFixedBeforeThePaperTray) {
    EXPECT_EQ(key_for(State::Stopped, {"media-empty-error", "media-jam-error"}), "print.paper-jam");
}

TEST(PrinterStatus, PrinterWaitingForPaperMidJobSaysSo) {
    EXPECT_EQ(key_for(State::Processing, {"media-empty-error"}), "print.out-of-paper");
}

TEST(PrinterStatus, ConnectingMidJobIsNotOffline) {
    // The ipp backend reports it for a moment on every network job.
    EXPECT_EQ(key_for(State::Processing, {"connecting-to-device"}), "print.printing");
}

TEST(PrinterStatus, LowInkIsAWarningThatStillPrints) {
    const PrinterStatus status = describe({State::Idle, {"toner-low-report"}, "", true});
    EXPECT_EQ(status.message_key, "print.toner-low");
    EXPECT_EQ(status.severity, Severity::Warning);
    EXPECT_EQ(key_for(State::Processing, {"marker-supply-low-warning"}), "print.toner-low");
}

TEST(PrinterStatus, ErrorsLeftOverOnAnIdleQueueDoNotBlockPrinting) {
    EXPECT_EQ(key_for(State::Idle, {"media-empty-error"}), "print.ready");
}

TEST(PrintMessages, EveryKeyHasEnglishTextThatTellsWhatToDo) {
    for (const std::string& key : print_message_keys()) {
        const std::string text = english_text(key);
        EXPECT_NE(text, key);
        if (severity_of(key) == Severity::Error && key != "print.canceled" && key != "print.not-sent") {
            EXPECT_NE(text.find("Please tell a staff member."), std::string::npos) << key;
        }
    }
}

TEST(PrintMessages, UnknownKeyReadsAsItself) { EXPECT_EQ(english_text("print.no-such-thing"), "print.no-such-thing"); }

}  // namespace
}  // namespace kiosk::print
