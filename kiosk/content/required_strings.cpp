#include "content/required_strings.h"

namespace kiosk::content {

// The one list of fixed words the program uses. Whoever adds code that shows or prints
// a new key adds it here, so every pack is checked for it in every language.
const std::vector<std::string>& required_string_keys() {
    static const std::vector<std::string> keys = {
        // The letter (kiosk/letter, kiosk/pdf)
        "letter.closing",
        "letter.own-words",
        "letter.signature",
        "letter.printed-name",
        "letter.page",
        // The touchscreen (kiosk/ui)
        "ui.welcome.headline",
        "ui.welcome.explain",
        "ui.welcome.tap",
        "ui.nav.back",
        "ui.nav.next",
        "ui.who.title",
        "ui.who.hint",
        "ui.where.title",
        "ui.where.hint",
        "ui.where.county-hint",
        "ui.where.state",
        "ui.where.county",
        "ui.where.state-first",
        "ui.why.title",
        "ui.why.hint",
        "ui.why.grounds",
        "ui.why.conditions",
        "ui.you.title",
        "ui.you.hint",
        "ui.you.name",
        "ui.you.address",
        "ui.you.skip",
        "ui.key.space",
        "ui.key.shift",
        "ui.key.backspace",
        "ui.review.title",
        "ui.review.hint",
        "ui.review.letter-of",
        "ui.review.edit.who",
        "ui.review.edit.where",
        "ui.review.edit.why",
        "ui.review.edit.you",
        "ui.review.letter-language",
        "ui.review.zoom-in",
        "ui.review.zoom-out",
        "ui.review.print",
        "ui.review.error",
        "ui.printing.title",
        "ui.printing.wait",
        "ui.printing.failed",
        "ui.printing.retry",
        "ui.printing.ask-staff",
        "ui.printing.not-made",
        "ui.done.title",
        "ui.done.thanks",
        "ui.done.saved",
        "ui.done.follow-up",
        "ui.done.start-over",
        "ui.still-there.title",
        "ui.still-there.body",
        "ui.still-there.countdown",
        "ui.staff.pin-title",
        "ui.staff.wrong-pin",
        "ui.staff.locked",
        "ui.staff.no-pin",
        "ui.staff.ok",
        "ui.staff.menu-title",
        "ui.staff.printer",
        "ui.staff.exit",
        "ui.staff.letters-printed",
        "ui.staff.letters-not-printed",
        "ui.staff.last-failure",
        // Printing (kiosk/print): the printer and each letter, in plain words.
        "print.ready",
        "print.sending",
        "print.printing",
        "print.printed",
        "print.saved",
        "print.toner-low",
        "print.out-of-paper",
        "print.paper-jam",
        "print.door-open",
        "print.toner-empty",
        "print.offline",
        "print.stopped",
        "print.held",
        "print.canceled",
        "print.timed-out",
        "print.failed",
        "print.not-sent",
        "print.no-printer",
        "print.scheduler-down",
        "print.save-failed",
    };
    return keys;
}

const std::vector<std::string>& required_language_fields() {
    static const std::vector<std::string> fields = {"name", "months", "date", "and", "serial_comma"};
    return fields;
}

}  // namespace kiosk::content
