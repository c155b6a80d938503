#include "print/printer_status.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace kiosk::print {
namespace {

// IPP appends "-error", "-warning" or "-report" to a reason; the meaning is in the stem.
std::string_view reason_stem(std::string_view reason) {
    for (std::string_view suffix : {"-error", "-warning", "-report"}) {
        if (reason.size() > suffix.size() && reason.substr(reason.size() - suffix.size()) == suffix) {
            return reason.substr(0, reason.size() - suffix.size());
        }
    }
    return reason;
}

struct ReasonMeaning {
    std::string_view stem;
    std::string_view key;
};

// In order of what staff should fix first: a jam before the paper tray, and so on.
// "connecting-to-device" is left out on purpose: the ipp backend reports it for a
// moment on every network job, so it only means "offline" on a stopped queue.
constexpr ReasonMeaning blocking_reasons[] = {
    {"media-jam", "print.paper-jam"},       {"door-open", "print.door-open"},
    {"cover-open", "print.door-open"},      {"media-empty", "print.out-of-paper"},
    {"media-needed", "print.out-of-paper"}, {"toner-empty", "print.toner-empty"},
    {"marker-supply-empty", "print.toner-empty"}, {"offline", "print.offline"},
    {"timed-out", "print.offline"},
};

constexpr std::string_view low_supply_reasons[] = {"toner-low", "marker-supply-low"};

bool has_reason(const std::vector<std::string>& reasons, std::string_view stem) {
    return std::any_of(reasons.begin(), reasons.end(),
                       [&](const std::string& reason) { return reason_stem(reason) == stem; });
}

bool supplies_low(const std::vector<std::string>& reasons) {
    return std::any_of(std::begin(low_supply_reasons), std::end(low_supply_reasons),
                       [&](std::string_view stem) { return has_reason(reasons, stem); });
}

}  // namespace

PrinterStatus status_of(std::string key) {
    const Severity severity = severity_of(key);
    return {std::move(key), severity};
}

std::string blocking_reason_key(const std::vector<std::string>& reasons) {
    for (const ReasonMeaning& meaning : blocking_reasons) {
        if (has_reason(reasons, meaning.stem)) return std::string(meaning.key);
    }
    return {};
}

PrinterStatus describe(const PrinterCondition& condition) {
    using State = PrinterCondition::State;
    const std::string blocking = blocking_reason_key(condition.reasons);

    if (condition.state == State::Stopped) {
        if (!blocking.empty()) return status_of(blocking);
        if (has_reason(condition.reasons, "connecting-to-device")) return status_of("print.offline");
        return status_of("print.stopped");
    }
    if (!condition.accepting_jobs) return status_of("print.stopped");
    if (condition.state == State::Processing && !blocking.empty()) return status_of(blocking);
    // An idle queue's error reasons are left over from the last job: CUPS keeps them
    // until the next job's backend reports afresh (seen with cupsd 2.4), and the
    // next job will go out, so the printer counts as ready.
    if (supplies_low(condition.reasons)) return status_of("print.toner-low");
    return status_of(condition.state == State::Processing ? "print.printing" : "print.ready");
}

}  // namespace kiosk::print
