// Renders every screen in both languages on the panels organisations buy, at their
// true density (PNG files kept in the build folder under screens/, the panel in the
// name), and checks the geometry a visitor depends on: everything inside the window, no
// text outside its box or over a button, no word broken inside, targets at least
// 12.7 mm and 2.5 mm apart, 24 px text, 4.5:1, the language switch where it belongs,
// and every list that hides rows saying so. Then what a visitor sees of edit mode, a disabled Next and caps lock, and
// of the letters: large text on Review, a printer that waits, what Done says.
#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include <SFML/Graphics/RenderTexture.hpp>

#include "campaign.h"
#include "national_pack.h"
#include "scripted_staff_work.h"
#include "ui/kiosk_screen.h"
#include "ui/letter_previews.h"
#include "ui/screens/layout_kit.h"
#include "ui/screens/review_columns.h"
#include "ui/ui_tree.h"
#include "ui/widgets/text_fit.h"
#include "xvfb_display.h"

namespace kiosk::ui {
namespace {

using flow::Screen;
using testing::Campaign;

// A panel sold for kiosks: its pixels and its density (pixels at its diagonal).
struct Panel {
    unsigned width, height;
    float dpi;
    const char* diagonal;  // for the test's name only
};

// Walks a fresh flow to `target` the way a visitor would: sheriff and governor (so the
// county list shows), Missouri, three conditions, a name with accents.
void drive_to(flow::VisitorFlow& visit, Screen target, const std::string& language, flow::Clock::time_point t0) {
    if (target == Screen::StaffMenu) {
        // An earlier visitor's letter jammed, so the menu names the last printing problem.
        drive_to(visit, Screen::Printing, language, t0);
        const auto run = visit.print_request().run;
        visit.handle(flow::LetterReported{run, 0, flow::LetterResult::Failed, "print.paper-jam", ""});
        visit.handle(flow::PrintFinished{run, t0});
        visit.handle(flow::StartOver{});
    }
    visit.handle(flow::ChooseLanguage{language});
    if (target == Screen::Welcome) return;
    if (target == Screen::StaffPin || target == Screen::StaffMenu) {
        for (int i = 0; i < 5; ++i) visit.handle(flow::CornerTap{t0});
        visit.handle(flow::PinDigit{'1'});
        visit.handle(flow::PinSubmit{});
        if (target == Screen::StaffMenu) visit.handle(flow::PinChecked{flow::PinResult::Accepted, {}});
        else visit.handle(flow::PinChecked{flow::PinResult::LockedOut, std::chrono::seconds(60)});
        return;
    }
    visit.handle(flow::Start{});
    if (target == Screen::Who) return;
    visit.handle(flow::ToggleRecipient{"governor"});
    visit.handle(flow::ToggleRecipient{"sheriff"});
    visit.handle(flow::Next{});
    visit.handle(flow::ChooseState{"MO"});
    visit.handle(flow::ChooseCounty{"Cape Girardeau County"});
    if (target == Screen::Where) return;
    // Later screens: the sender's ZIP code is prefilled from the one typed here.
    for (char digit : std::string("63701")) visit.handle(flow::ZipDigit{digit});
    visit.handle(flow::Next{});
    for (const char* id : {"heart-disease", "lung-disease", "hypertension", "elderly"}) visit.handle(flow::ToggleReason{id});
    if (target == Screen::Why) return;
    visit.handle(flow::Next{});
    for (const char* key : {"m", "a", "r", "í", "a", " ", "n", "ú", "ñ", "e", "z"}) visit.handle(flow::TypeText{key});
    if (target == Screen::You) return;
    visit.handle(flow::Next{});
    if (target == Screen::Review) return;
    if (target == Screen::StillThere) {
        visit.handle(flow::Tick{t0 + std::chrono::hours(1)});
        return;
    }
    visit.handle(flow::Print{});
    const auto run = visit.print_request().run;
    visit.handle(flow::PrintProgress{run, 1, 2, "print.printing"});
    if (target == Screen::Printing) return;
    visit.handle(flow::LetterReported{run, 0, flow::LetterResult::Saved, "", "/var/lib/letter-kiosk/letters"});
    visit.handle(flow::LetterReported{run, 1, flow::LetterResult::Saved, "", "/var/lib/letter-kiosk/letters"});
    visit.handle(flow::PrintFinished{run, t0});
}

// Every text of a view, as a visitor reads them (texts and element labels).
std::vector<std::string> words_on(const View& view) {
    std::vector<std::string> out;
    for (const auto& text : view.texts) out.push_back(text.text);
    for (const auto& element : view.elements) out.push_back(element.label);
    return out;
}

bool shows(const View& view, const std::string& wanted) {
    const auto all = words_on(view);
    return std::any_of(all.begin(), all.end(), [&](const std::string& text) { return text.find(wanted) != std::string::npos; });
}

void type_zip(flow::VisitorFlow& visit, const std::string& digits) {
    for (char digit : digits) visit.handle(flow::ZipDigit{digit});
}

// One picture of a screen: where the visit is, and what has just happened there.
struct Case {
    Screen target;
    std::string variant;  // "", "failed" or "out-of-paper" (printing), "notice" (Next tapped too
                          // soon), "edit" (opened by "Change …" on Review), "edit-notice",
                          // "caps-lock", "zip-found", "zip-not-found" (Where), "large-text"
                          // (Review), "printed" or "saved" (Done: no printer, letters saved),
                          // "street" or "zip" (You: typing in that field)
};

void prepare(flow::VisitorFlow& visit, const Case& shot, const std::string& language, flow::Clock::time_point t0) {
    const bool edit = shot.variant.rfind("edit", 0) == 0;
    const bool printed = shot.target == Screen::Done && shot.variant == "printed";
    drive_to(visit, edit ? Screen::Review : printed ? Screen::Printing : shot.target, language, t0);
    if (shot.variant == "out-of-paper") {
        visit.handle(flow::PrintProgress{visit.print_request().run, 1, 2, "print.out-of-paper"});
    }
    if (printed) {
        const auto run = visit.print_request().run;
        visit.handle(flow::LetterReported{run, 0, flow::LetterResult::Printed, "", ""});
        visit.handle(flow::LetterReported{run, 1, flow::LetterResult::Printed, "", ""});
        visit.handle(flow::PrintFinished{run, t0});
    }
    if (shot.variant == "failed") {
        const auto run = visit.print_request().run;
        visit.handle(flow::LetterReported{run, 0, flow::LetterResult::Printed, "", ""});
        visit.handle(flow::LetterReported{run, 1, flow::LetterResult::Failed, "print.out-of-paper", ""});
        visit.handle(flow::PrintFinished{run, t0});
    }
    if (edit) visit.handle(flow::EditStep{shot.target});
    if (shot.variant == "edit-notice") {
        for (const auto& id : std::vector<std::string>(visit.visit().reasons)) visit.handle(flow::ToggleReason{id});
        visit.handle(flow::ReturnToReview{});
    }
    if (shot.variant == "notice") visit.handle(flow::Next{});
    if (shot.variant == "zip-found") {
        type_zip(visit, "63005");  // Franklin County and St. Louis County
        visit.handle(flow::ChooseCounty{"St. Louis County", "MO"});
    }
    if (shot.variant == "zip-not-found") {
        type_zip(visit, "00000");
        visit.handle(flow::ChooseState{"KS"});
        visit.handle(flow::Next{});  // no county yet: the notice says so
    }
    if (shot.variant == "no-pin") visit.handle(flow::PinNotSet{});
    if (shot.variant == "street") visit.handle(flow::FocusField{flow::Field::Street});
    if (shot.variant == "zip") visit.handle(flow::FocusField{flow::Field::Zip});
    if (shot.variant == "caps-lock") {
        visit.handle(flow::ToggleShift{});  // one capital
        visit.handle(flow::ToggleShift{});  // all capitals
    }
}

// The staff desk as staff find it during an event: the queue stopped for paper with a
// letter waiting, a day of counts, the campaign in use, the settings saved. What the
// work answers is canned here; the kiosk tests get it from CUPS and the data folder.
void script_event_day(testing::ScriptedStaffWork& work, const content::Pack& pack) {
    {
        PrinterPanel& panel = work.panel;
        panel.queue = "front-desk";
        panel.status_key = "staff.printer.stopped.out-of-paper";
        panel.needs_staff = true;
        panel.letters_waiting = 2;
        panel.queues = {"front-desk", "office-laser", "library"};
    }
    {
        std::vector<CountRow>& rows = work.rows;
        for (const char* day : {"2026-11-24", "2026-11-25"}) {
            rows.push_back({day, "governor", "MO", "en", 41, 0, 2});
            rows.push_back({day, "governor", "MO", "es", 12, 0, 0});
            rows.push_back({day, "president", "", "en", 30, 0, 1});
            rows.push_back({day, "sheriff", "KS", "es", 9, 0, 0});
            rows.push_back({day, "prosecutor", "NE", "en", 7, 0, 0});
        }
    }
    // A stick whose lock switch is on (or formatted ext4): mounted read-only.
    work.export_note = {"staff.counts.stick-read-only", {}, true};
    {
        StaffSettings& settings = work.saved;
        settings.default_state = "MO";
        settings.default_county = "Boone County";
        settings.idle = pack.info.idle;
        settings.languages = pack.info.languages;
    }
    {
        ContentPanel& panel = work.content;
        panel.name = pack.info.name;
        panel.version = pack.info.version;
        panel.contacts_verified_on = pack.info.contacts_verified_on;
        panel.warnings = {"recipients.yaml:55: warning: Governor of Kansas (governor, KS): address not verified "
                          "(no verified_on); check it before the event"};
        // A stick with the next version of the campaign and a copy with mistakes in it,
        // as the content store reports them.
        panel.store_available = true;
        panel.can_roll_back = true;
        panel.on_stick = {
            {"Write for Compassionate Release, version 1.1.0",
             {"Recipients: no change", "Contacts: 2 added, 1 changed", "Languages: no change"},
             {},
             "1.1.0",
             pack.info.version,
             false},
            {"Write for Compassionate Release, version 0.9.0",
             {"Recipients: no change", "Contacts: 3 removed", "Languages: no change"},
             {},
             "0.9.0",
             pack.info.version,
             true},
            {"campaign-copy.zip",
             {},
             {"campaign-copy.zip/contacts/sheriff.csv:12:31: 'verified_on' (column J) should be a date like "
              "2026-11-24, not '11/20/2026'; in a spreadsheet, format the column as text",
              "campaign-copy.zip/states.yaml:40:9: 'Boon County' is not a county of MO in its 'counties' (did you "
              "mean 'Boone County'?)"},
             "",
             "",
             false}};
    }
}

std::unique_ptr<KioskScreen> screen_of_size(float width, float height, float dpi = 96.f) {
    Campaign& campaign = Campaign::get();
    auto screen = KioskScreen::create(campaign.pack, {campaign.fonts.regular, campaign.fonts.bold, campaign.fonts.italic}, dpi);
    if (!screen) throw std::runtime_error(screen.error());
    (*screen)->resize(width, height);
    return std::move(*screen);
}

// The rectangles the lines of a text are drawn in, placed as the painter places them.
std::vector<Rect> line_rects(const TextBlock& text, const sf::Font& font) {
    const FittedText fitted = fit_text(font, text.text, text.box.width, text.box.height, text.size, text.min_size, text.bold);
    std::vector<Rect> rects;
    float y = text.box.y;
    for (const auto& line : fitted.lines) {
        const float width = text_width(font, line, fitted.size, text.bold);
        const float x = text.align == Align::Center  ? text.box.x + (text.box.width - width) / 2
                        : text.align == Align::Right ? text.box.right() - width
                                                     : text.box.x;
        rects.push_back({x, y, width, fitted.line_height});
        y += fitted.line_height;
    }
    return rects;
}

bool shows_language_switch(Screen screen) {
    return screen == Screen::Who || screen == Screen::Where || screen == Screen::Why || screen == Screen::You ||
           screen == Screen::Review || screen == Screen::Printing || screen == Screen::Done;
}

class ScreensTest : public ::testing::TestWithParam<std::tuple<Panel, std::string>> {};

// The words of a text, however it is wrapped.
std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : text + " ") {
        if (c != ' ' && c != '\n') {
            word += c;
        } else if (!word.empty()) {
            words.push_back(word);
            word.clear();
        }
    }
    return words;
}

// Lines wrapped only between words: "Englis" / "h" is a word broken inside.
void expect_whole_words(const std::string& text, const std::vector<std::string>& lines) {
    std::string joined;
    for (const auto& line : lines) joined += line + " ";
    EXPECT_EQ(words_of(joined), words_of(text)) << "a word broken inside: " << ::testing::PrintToString(lines);
}

// The space between two rectangles that do not overlap (0 when they touch or overlap).
float distance_between(const Rect& a, const Rect& b) {
    const float dx = std::max({0.f, b.x - a.right(), a.x - b.right()});
    const float dy = std::max({0.f, b.y - a.bottom(), a.y - b.bottom()});
    return std::max(dx, dy);
}

void check_view(const View& view, const KioskScreen& screen, const std::string& name) {
    const Metrics& m = screen.metrics();
    const Palette& p = screen.palette();
    const Rect window{0.f, 0.f, m.width, m.height};
    const ScrollOffsets none;
    const float least_target = least_target_mm * m.pixels_per_mm - 0.01f;
    const float least_gap = target_gap_mm * m.pixels_per_mm - 0.01f;
    for (const auto& element : view.elements) {
        SCOPED_TRACE(name + " " + element.id);
        if (element.scroll_area.empty()) {
            EXPECT_TRUE(window.encloses(element.rect, 0.f)) << "outside the window";
        } else if (const ScrollArea* area = view.find_area(element.scroll_area)) {
            EXPECT_LE(element.rect.right(), area->viewport.x + area->content_width + 0.5f) << "past its list's edge";
        }
        EXPECT_GE(element.rect.width, least_target) << "narrower than 12.7 mm";
        EXPECT_GE(element.rect.height, least_target) << "lower than 12.7 mm";
        for (const auto& label : label_layouts(element, m, screen.font())) {
            EXPECT_TRUE(label.text.fits) << "text spills out: " << element.label;
            EXPECT_GE(label.text.size, 24u);
            EXPECT_TRUE(element.rect.encloses(label.box));
        }
        if (element.style != Style::Field && element.id != "still-there.continue") {
            const auto labels = label_layouts(element, m, screen.font());
            if (!labels.empty()) expect_whole_words(element.label, labels.front().text.lines);
            if (labels.size() > 1) expect_whole_words(element.detail, labels[1].text.lines);
        }
        if (element.id != "still-there.continue") {
            // Disabled too: a button that cannot act yet must still be read.
            for (bool pressed : {false, true}) {
                const Ink ink = ink_for(element, pressed, p);
                EXPECT_GE(contrast_ratio(ink.text, ink.fill), minimum_contrast);
            }
        }
    }
    // A finger aimed at one target never lands on another: none overlap, and between any
    // two there are 2.5 mm (the whole-screen "still there" button lies under the rest).
    for (std::size_t a = 0; a < view.elements.size(); ++a) {
        const Rect ra = visible_rect(view.elements[a], view, none);
        if (ra.width <= 0 || ra.height <= 0 || view.elements[a].id == "still-there.continue") continue;
        for (std::size_t b = a + 1; b < view.elements.size(); ++b) {
            const Rect rb = visible_rect(view.elements[b], view, none);
            if (rb.width <= 0 || rb.height <= 0) continue;
            EXPECT_FALSE(ra.overlaps(rb)) << name << ": " << view.elements[a].id << " overlaps " << view.elements[b].id;
            EXPECT_GE(distance_between(ra, rb), least_gap)
                << name << ": " << view.elements[a].id << " is closer than 2.5 mm to " << view.elements[b].id;
        }
    }
    for (const auto& picture : view.pictures) EXPECT_TRUE(window.encloses(picture.rect, 0.f)) << name << " " << picture.key;
    for (const auto& text : view.texts) {
        SCOPED_TRACE(name + " text: " + text.text);
        const FittedText fitted = fit_text(screen.font(), text.text, text.box.width, text.box.height, text.size, text.min_size, text.bold);
        EXPECT_TRUE(fitted.fits);
        EXPECT_GE(fitted.size, 24u);
        expect_whole_words(text.text, fitted.lines);
        if (text.scroll_area.empty()) {
            EXPECT_TRUE(window.encloses(text.box, 0.f));
        }
        for (const Rect& line : line_rects(text, screen.font())) {
            for (const auto& element : view.elements) {
                if (element.scroll_area != text.scroll_area || element.id == "still-there.continue") continue;
                EXPECT_FALSE(line.overlaps(element.rect)) << "written over " << element.id;
            }
        }
    }
    for (Colour colour : {p.text, p.muted, p.error}) EXPECT_GE(contrast_ratio(colour, p.background), minimum_contrast);
    for (const auto& area : view.areas) {
        SCOPED_TRACE(name + " scroll area " + area.id);
        EXPECT_TRUE(window.encloses(area.viewport, 0.f));
        std::size_t indicators = 0;
        for (const auto& more : view.more_below) {
            if (more.area != area.id) continue;
            ++indicators;
            EXPECT_TRUE(area.viewport.encloses(more.fade));
            EXPECT_NEAR(more.fade.bottom(), area.viewport.bottom(), 0.5f) << "not at the foot of the list";
            EXPECT_TRUE(more.fade.encloses(more.label_box));
            const FittedText fitted = fit_text(screen.font(), more.label, more.label_box.width, more.label_box.height,
                                               more.size, more.size, true);
            EXPECT_TRUE(fitted.fits) << more.label;
            EXPECT_GE(fitted.size, 24u);
        }
        EXPECT_EQ(indicators, overflows(area) ? 1u : 0u) << "content " << area.content_height << " px in "
                                                         << area.viewport.height << " px";
    }
}

// The compact language switch: on every visitor screen after Welcome, offering the
// other language; never on staff screens or interruptions.
void check_language_switch(const View& view, const std::string& language, const std::string& name) {
    SCOPED_TRACE(name);
    const std::string other = language == "en" ? "es" : "en";
    const Element* button = view.find("language." + other);
    if (view.screen == Screen::Welcome) return;  // its own, larger language buttons
    if (!shows_language_switch(view.screen)) {
        EXPECT_EQ(button, nullptr);
        return;
    }
    ASSERT_NE(button, nullptr);
    EXPECT_EQ(button->label, other == "es" ? "Español" : "English");
    const auto* event = std::get_if<flow::Event>(&button->action);
    ASSERT_NE(event, nullptr);
    ASSERT_TRUE(std::holds_alternative<flow::ChooseLanguage>(*event));
    EXPECT_EQ(std::get<flow::ChooseLanguage>(*event).language, other);
    EXPECT_EQ(view.find("language." + language), nullptr) << "offers the language already shown";
}

// Every case on the smallest panel and on the portrait one; elsewhere one of each
// visitor screen and the variants that change its layout most, so that the matrix
// stays quick enough for CI (2 cores, under ASan too). The staff tabs of the README's
// screenshots (tests/ui/screenshots.sh) on the 10" panel too.
bool sampled_on(const Panel& panel, const Case& shot) {
    if (shot.target == Screen::StaffPin || shot.target == Screen::StaffMenu) {
        return panel.width == 1280 && (shot.variant == "printer" || shot.variant == "counts" || shot.variant == "content");
    }
    return shot.variant.empty() || shot.variant == "zip-found" || shot.variant == "edit" || shot.variant == "large-text" ||
           shot.variant == "out-of-paper" || shot.variant == "printed";
}

TEST_P(ScreensTest, EveryScreenFitsReadsAndCanBeTapped) {
    // Not a structured binding: clang 14 (the sanitizer build) cannot capture one in a lambda.
    const auto& panel = std::get<0>(GetParam());
    const auto& language = std::get<1>(GetParam());
    Campaign& campaign = Campaign::get();
    const auto screen = screen_of_size(float(panel.width), float(panel.height), panel.dpi);
    sf::RenderTexture texture;
    ASSERT_TRUE(texture.create(panel.width, panel.height));
    const std::string folder = std::string(UI_SCREENSHOT_DIR) + "/";
    const auto t0 = flow::Clock::now();
    const bool every_case = (panel.width == 800 && panel.height == 480) || panel.height > panel.width;
    const std::vector<Case> screens = {
        {Screen::Welcome, ""},        {Screen::Who, ""},          {Screen::Who, "notice"},
        {Screen::Who, "edit"},        {Screen::Where, ""},        {Screen::Where, "zip-found"},
        {Screen::Where, "zip-not-found"}, {Screen::Where, "edit"}, {Screen::Why, ""},
        {Screen::Why, "edit-notice"}, {Screen::You, ""},          {Screen::You, "edit"},
        {Screen::You, "caps-lock"},   {Screen::You, "street"},    {Screen::You, "zip"},
        {Screen::Review, ""},         {Screen::Review, "large-text"},
        {Screen::Printing, ""},       {Screen::Printing, "out-of-paper"}, {Screen::Printing, "failed"},
        {Screen::Done, "printed"},    {Screen::Done, "saved"},    {Screen::StillThere, ""},
        {Screen::StaffPin, ""},       {Screen::StaffPin, "no-pin"}, {Screen::StaffMenu, "printer"},
        {Screen::StaffMenu, "counts"}, {Screen::StaffMenu, "content"}, {Screen::StaffMenu, "settings"},
        {Screen::StaffMenu, "pin"},   {Screen::StaffMenu, "content-confirm"}, {Screen::StaffMenu, "counts-read-only"},
        {Screen::StaffMenu, "content-checking"}};
    for (const auto& shot : screens) {
        if (!every_case && !sampled_on(panel, shot)) continue;
        const Screen target = shot.target;
        flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
        prepare(visit, shot, language, t0);
        ASSERT_EQ(visit.screen(), target) << shot.variant;
        LetterPreviews previews(campaign.maker(), content::PaperSize::Letter);
        ReviewState review;
        std::vector<LetterSummary> printed;
        if (target == Screen::Review || target == Screen::Done) {
            previews.update(visit.visit());
            ASSERT_EQ(previews.letters().size(), 2u);
            EXPECT_TRUE(previews.letters()[0].error.empty()) << previews.letters()[0].error;
        }
        if (shot.variant == "large-text") {
            review = {1, true};  // the second letter: its header and tabs show which
            previews.reflow(large_text(screen->metrics()).column_points);
        }
        if (target == Screen::Done) {
            // As the kiosk does: Done has only the summaries, the letters' words are gone.
            printed = previews.summaries();
            previews.clear();
        }
        // Still-there counts down from the moment it appeared (an hour in, here).
        const auto now = target == Screen::StillThere ? t0 + std::chrono::hours(1) + std::chrono::seconds(5) : t0;
        testing::ScriptedStaffWork work;
        script_event_day(work, campaign.pack);
        StaffDesk desk(campaign.pack, work);
        // Each tap, then the window's polls until its work is done.
        auto tap = [&](StaffCommand command, const std::string& value) {
            desk.act({command, value}, language, now);
            testing::settle(desk, now);
        };
        desk.open(now);
        testing::settle(desk, now);
        if (shot.variant == "content-checking") {  // a slow stick being checked: the step and Cancel
            work.hold_stick_check = true;
            desk.act({StaffCommand::ShowTab, "content"}, language, now);
            ASSERT_TRUE(testing::poll_until(desk, now, [&] { return desk.working() && !desk.working()->progress.detail.empty(); }));
        } else if (target == Screen::StaffMenu) {
            tap(StaffCommand::ShowTab, shot.variant);
        }
        if (shot.variant == "counts-read-only") {  // Copy counts tapped with a read-only stick in
            tap(StaffCommand::ShowTab, "counts");
            tap(StaffCommand::ExportCounts, "");
        }
        if (shot.variant == "content-confirm") {  // Install tapped on the older campaign
            tap(StaffCommand::ShowTab, "content");
            tap(StaffCommand::Install, "1");
            ASSERT_NE(desk.install_to_confirm(), nullptr);
        }
        if (shot.variant == "pin") {
            desk.act({StaffCommand::PinDigit, "1"}, language, now);
            desk.act({StaffCommand::PinDigit, "2"}, language, now);
        }
        const View view = screen->build(visit, now, previews.letters(), review, printed,
                                        target == Screen::StaffMenu ? &desk : nullptr);
        const std::string name = std::to_string(panel.width) + "x" + std::to_string(panel.height) + "-" +
                                 std::to_string(int(panel.dpi)) + "dpi-" + language + "-" +
                                 flow::screen_name(target) + (shot.variant.empty() ? "" : "-" + shot.variant);
        // The staff desk is not yet laid out for the 800 px panel (its PIN tab and long
        // messages): drawn there, checked from 1024x600 up.
        const bool staff = target == Screen::StaffPin || target == Screen::StaffMenu;
        if (!staff || panel.width >= 1024) check_view(view, *screen, name);
        check_language_switch(view, language, name);
        screen->paint(texture, view, opening_offsets(view), "", previews.letters());
        texture.display();
        EXPECT_TRUE(texture.getTexture().copyToImage().saveToFile(folder + name + ".png"));
    }
}

// Large text: every line of the letter is inside the preview's width at the bigger size,
// measured with the letter fonts at the very pixel size they are drawn at; nothing
// scrolls sideways, and the smallest print is as big as the screen's smallest text.
TEST_P(ScreensTest, LargeTextKeepsEveryLineInsideThePreviewAtTheBiggerSize) {
    // Not a structured binding: clang 14 (the sanitizer build) cannot capture one in a lambda.
    const auto& panel = std::get<0>(GetParam());
    const auto& language = std::get<1>(GetParam());
    Campaign& campaign = Campaign::get();
    const auto screen = screen_of_size(float(panel.width), float(panel.height), panel.dpi);
    sf::Font fonts[3];
    ASSERT_TRUE(fonts[0].loadFromFile(campaign.fonts.regular.string()));
    ASSERT_TRUE(fonts[1].loadFromFile(campaign.fonts.bold.string()));
    ASSERT_TRUE(fonts[2].loadFromFile(campaign.fonts.italic.string()));
    const auto t0 = flow::Clock::now();
    flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
    drive_to(visit, Screen::Review, language, t0);
    LetterPreviews previews(campaign.maker(), content::PaperSize::Letter);
    previews.update(visit.visit());
    previews.reflow(large_text(screen->metrics()).column_points);
    const Metrics& m = screen->metrics();
    for (std::size_t shown = 0; shown < previews.letters().size(); ++shown) {
        SCOPED_TRACE("letter " + std::to_string(shown + 1));
        const View view = screen->build(visit, t0, previews.letters(), {shown, true}, {}, {});
        const ScrollArea* area = view.find_area("review.letter");
        ASSERT_NE(area, nullptr);
        EXPECT_LE(area->content_width, area->viewport.width) << "large text must not scroll sideways";
        ASSERT_EQ(view.pages.size(), 1u) << "one reflowed column";
        const PagePicture& picture = view.pages.front();
        EXPECT_EQ(picture.letter, shown);
        EXPECT_TRUE(picture.reflowed);
        // The column sits inside the scroll area, clear of its scroll bar (8 px at its right).
        EXPECT_GE(picture.rect.x, area->viewport.x);
        EXPECT_LE(picture.rect.right(), area->viewport.right() - 8.f);
        const auto& runs = previews.letters()[shown].reflowed.pages.front().runs;
        ASSERT_GT(runs.size(), 20u);
        for (const auto& run : runs) {
            const unsigned pixels = unsigned(std::lround(run.size * picture.scale));
            const float left = picture.rect.x + run.x * picture.scale;
            const float right = left + text_width(fonts[int(run.style)], run.text, pixels, false);
            EXPECT_GE(left, picture.rect.x) << run.text;
            EXPECT_LE(right, picture.rect.right()) << run.text;
            EXPECT_GE(pixels, unsigned(m.small)) << run.text;
            if (run.size >= 10.f) {
                EXPECT_GE(float(pixels), m.body) << "body text: " << run.text;
            }
        }
    }
}

// The panels organisations buy: pixels, and density at the panel's diagonal.
INSTANTIATE_TEST_SUITE_P(Panels, ScreensTest,
                         ::testing::Combine(::testing::Values(Panel{800, 480, 133.f, "7in"}, Panel{1024, 600, 170.f, "7in"},
                                                              Panel{1280, 800, 149.f, "10in"}, Panel{1366, 768, 100.f, "15in"},
                                                              Panel{1920, 1080, 141.f, "15in"}, Panel{1920, 1080, 102.f, "21in"},
                                                              Panel{1080, 1920, 102.f, "21in"}),
                                            ::testing::Values("en", "es")),
                         [](const auto& info) {
                             const Panel panel = std::get<0>(info.param);
                             return std::to_string(panel.width) + "x" + std::to_string(panel.height) + "_" + panel.diagonal +
                                    "_" + std::get<1>(info.param);
                         });

TEST(UiTree, GivesFieldsFilledButNeverWhatWasTyped) {
    Campaign& campaign = Campaign::get();
    auto screen = KioskScreen::create(campaign.pack, {campaign.fonts.regular, campaign.fonts.bold, campaign.fonts.italic}, 96.f);
    ASSERT_TRUE(screen);
    const auto t0 = flow::Clock::now();
    flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
    drive_to(visit, Screen::You, "en", t0);
    const View view = (*screen)->build(visit, t0, {}, {}, {}, {});
    const std::string json = ui_tree_json(view, {}, "en", 1280, 800);
    EXPECT_EQ(json.find("Núñez"), std::string::npos);
    EXPECT_NE(json.find("\"filled\": true"), std::string::npos);
    EXPECT_NE(json.find("\"id\": \"key.ñ\""), std::string::npos);
    EXPECT_NE(json.find("\"screen\": \"you\""), std::string::npos);
}

// A visitor screen as the window would build it, without letters to preview.
View build_at(const KioskScreen& screen, const flow::VisitorFlow& visit, flow::Clock::time_point now) {
    return screen.build(visit, now, {}, {}, {}, {});
}

const flow::Event& event_of(const Element& element) { return std::get<flow::Event>(element.action); }

const TextBlock* find_text(const View& view, const std::string& text) {
    for (const auto& block : view.texts) {
        if (block.text == text) return &block;
    }
    return nullptr;
}

sf::Color pixel_at(const KioskScreen& screen, const View& view, float x, float y) {
    sf::RenderTexture texture;
    if (!texture.create(unsigned(screen.metrics().width), unsigned(screen.metrics().height))) return sf::Color::Transparent;
    screen.paint(texture, view, {}, "", {});
    texture.display();
    return texture.getTexture().copyToImage().getPixel(unsigned(x), unsigned(y));
}

TEST(EditMode, AStepOpenedFromReviewHasOneWayOutBackToTheLetter) {
    Campaign& campaign = Campaign::get();
    const auto screen = screen_of_size(1280, 800);
    const auto t0 = flow::Clock::now();
    for (Screen step : {Screen::Who, Screen::Where, Screen::Why, Screen::You}) {
        SCOPED_TRACE(flow::screen_name(step));
        flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
        prepare(visit, {step, "edit"}, "en", t0);
        const View view = build_at(*screen, visit, t0);
        EXPECT_EQ(view.find("nav.back"), nullptr);
        EXPECT_EQ(view.find("nav.next"), nullptr);
        EXPECT_EQ(view.find("you.skip"), nullptr);
        const Element* to_letter = view.find("nav.to-letter");
        ASSERT_NE(to_letter, nullptr);
        EXPECT_EQ(to_letter->label, "Back to my letter");
        EXPECT_FALSE(to_letter->disabled);
        visit.handle(event_of(*to_letter));
        EXPECT_EQ(visit.screen(), Screen::Review);
    }
}

TEST(EditMode, TheYouStepOutsideEditModeOffersBackSkipAndNext) {
    Campaign& campaign = Campaign::get();
    const auto screen = screen_of_size(1280, 800);
    const auto t0 = flow::Clock::now();
    flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
    prepare(visit, {Screen::You, ""}, "en", t0);
    const View view = build_at(*screen, visit, t0);
    EXPECT_NE(view.find("nav.back"), nullptr);
    EXPECT_NE(view.find("you.skip"), nullptr);
    EXPECT_NE(view.find("nav.next"), nullptr);
    EXPECT_EQ(view.find("nav.to-letter"), nullptr);
}

TEST(DisabledNext, LooksDisabledAndWhenTappedSaysInOneLineWhatIsMissing) {
    Campaign& campaign = Campaign::get();
    const auto screen = screen_of_size(1280, 800);
    const Palette& palette = screen->palette();
    const auto t0 = flow::Clock::now();
    flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
    prepare(visit, {Screen::Who, ""}, "en", t0);
    const std::string missing = "Tap at least one person to write to.";

    View view = build_at(*screen, visit, t0);
    const Element* next = view.find("nav.next");
    ASSERT_NE(next, nullptr);
    EXPECT_TRUE(next->disabled);
    EXPECT_EQ(find_text(view, missing), nullptr) << "said before anything was tapped";
    // Grey and dashed where an enabled Next is solid primary, its words still readable.
    const Ink ink = ink_for(*next, false, palette);
    EXPECT_TRUE(ink.dashed);
    EXPECT_GE(contrast_ratio(ink.text, ink.fill), minimum_contrast);
    const sf::Color inside = pixel_at(*screen, view, next->rect.x + 12, next->rect.y + next->rect.height / 2);
    EXPECT_EQ(inside, to_sf(palette.disabled));

    ASSERT_TRUE(next->explains_when_disabled);
    visit.handle(event_of(*next));  // the tap reaches the flow although Next is disabled
    view = build_at(*screen, visit, t0);
    const TextBlock* notice = find_text(view, missing);
    ASSERT_NE(notice, nullptr);
    EXPECT_EQ(notice->tone, Tone::Error);
    EXPECT_EQ(line_rects(*notice, screen->font()).size(), 1u);
    const Element* next_after = view.find("nav.next");
    ASSERT_NE(next_after, nullptr);
    EXPECT_LE(notice->box.bottom(), next_after->rect.y) << "not above the bottom bar";
    EXPECT_GE(notice->box.y, view.find("recipient.local-official")->rect.bottom()) << "over the cards";

    visit.handle(flow::ToggleRecipient{"governor"});
    view = build_at(*screen, visit, t0);
    EXPECT_EQ(find_text(view, missing), nullptr) << "still there once someone is chosen";
    next = view.find("nav.next");
    EXPECT_FALSE(next->disabled);
    EXPECT_EQ(pixel_at(*screen, view, next->rect.x + 12, next->rect.y + next->rect.height / 2), to_sf(palette.primary));
}

TEST(DisabledNext, BackToMyLetterTooSoonSaysWhatIsMissing) {
    Campaign& campaign = Campaign::get();
    const auto screen = screen_of_size(1280, 800);
    const auto t0 = flow::Clock::now();
    flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
    prepare(visit, {Screen::Why, "edit-notice"}, "es", t0);
    const View view = build_at(*screen, visit, t0);
    const Element* to_letter = view.find("nav.to-letter");
    ASSERT_NE(to_letter, nullptr);
    EXPECT_TRUE(to_letter->disabled);
    EXPECT_TRUE(to_letter->explains_when_disabled);
    EXPECT_EQ(to_letter->label, "Volver a mi carta");
    EXPECT_NE(find_text(view, "Toque al menos una razón."), nullptr);
}

TEST(Keyboard, ShiftKeyShowsOffOneCapitalAndCapsLock) {
    Campaign& campaign = Campaign::get();
    const auto screen = screen_of_size(1280, 800);
    const auto t0 = flow::Clock::now();
    flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
    prepare(visit, {Screen::You, ""}, "en", t0);
    struct Expected {
        std::string shift_label;
        bool lit;
        std::string q, enye;
    };
    // "María Núñez" ends inside a word: shift is off.
    for (const Expected& expected : {Expected{"⇧ Abc", false, "q", "ñ"}, Expected{"⇧ Abc", true, "Q", "Ñ"},
                                     Expected{"⇪ ABC", true, "Q", "Ñ"}, Expected{"⇧ Abc", false, "q", "ñ"}}) {
        SCOPED_TRACE(expected.shift_label + (expected.lit ? " lit" : ""));
        const View view = build_at(*screen, visit, t0);
        const Element* shift = view.find("key.shift");
        ASSERT_NE(shift, nullptr);
        EXPECT_EQ(shift->label, expected.shift_label);
        EXPECT_EQ(shift->selected, expected.lit);
        EXPECT_EQ(view.find("key.q")->label, expected.q);
        EXPECT_EQ(view.find("key.ñ")->label, expected.enye);
        visit.handle(event_of(*shift));
    }
}

// The 7" 800x480 panel cannot hold the keyboard beside the four fields at 12.7 mm: it
// shows the one field being typed, and Back and Next go from field to field. A tap on
// "m" lands on "m", never on Next; the digits and accents are a page away.
TEST(YouStep, OnASevenInchPanelTypesOneFieldAtATimeWithEveryKeyOnTheScreen) {
    Campaign& campaign = Campaign::get();
    const auto screen = screen_of_size(800, 480, 133.f);
    const Metrics& m = screen->metrics();
    const auto t0 = flow::Clock::now();
    flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
    prepare(visit, {Screen::You, ""}, "en", t0);
    View view = build_at(*screen, visit, t0);
    EXPECT_NE(view.find("field.name"), nullptr);
    EXPECT_EQ(view.find("field.street"), nullptr) << "one field at a time";
    const Element* m_key = view.find("key.m");
    const Element* next = view.find("nav.next");
    ASSERT_NE(m_key, nullptr);
    ASSERT_NE(next, nullptr);
    EXPECT_LE(m_key->rect.bottom() + target_gap_mm * m.pixels_per_mm, next->rect.y + 0.01f);
    for (const char* id : {"key.shift", "key.space", "key.backspace", "key.digits"}) {
        ASSERT_NE(view.find(id), nullptr) << id;
        EXPECT_TRUE(Rect({0.f, 0.f, m.width, m.height}).encloses(view.find(id)->rect, 0.f)) << id;
    }
    EXPECT_EQ(view.find("key.1"), nullptr);
    visit.handle(event_of(*view.find("key.digits")));
    view = build_at(*screen, visit, t0);
    EXPECT_NE(view.find("key.1"), nullptr);
    EXPECT_NE(view.find("key.á"), nullptr);
    EXPECT_EQ(view.find("key.q"), nullptr);

    // Next: the street, the town, the ZIP code (which opens on the digits), then Review.
    for (const char* field : {"field.street", "field.town", "field.zip"}) {
        visit.handle(event_of(*build_at(*screen, visit, t0).find("nav.next")));
        view = build_at(*screen, visit, t0);
        EXPECT_NE(view.find(field), nullptr) << field;
        ASSERT_EQ(visit.screen(), Screen::You);
    }
    EXPECT_NE(view.find("key.5"), nullptr) << "the ZIP code opens on the digits";
    // Back goes to the field before; Next from the ZIP code goes on to Review.
    visit.handle(event_of(*view.find("nav.back")));
    EXPECT_NE(build_at(*screen, visit, t0).find("field.town"), nullptr);
    visit.handle(event_of(*build_at(*screen, visit, t0).find("nav.next")));
    visit.handle(event_of(*build_at(*screen, visit, t0).find("nav.next")));
    EXPECT_EQ(visit.screen(), Screen::Review);
}

TEST(YouStep, ShowsTheZipTypedOnWhere) {
    Campaign& campaign = Campaign::get();
    const auto screen = screen_of_size(1280, 800);
    const auto t0 = flow::Clock::now();
    flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
    prepare(visit, {Screen::You, ""}, "en", t0);
    const View view = build_at(*screen, visit, t0);
    const Element* zip = view.find("field.zip");
    ASSERT_NE(zip, nullptr);
    const auto labels = label_layouts(*zip, screen->metrics(), screen->font());
    ASSERT_EQ(labels.size(), 1u);
    ASSERT_EQ(labels[0].text.lines.size(), 1u);
    EXPECT_EQ(labels[0].text.lines[0], "63701");
    EXPECT_NE(find_text(view, "ZIP code"), nullptr);
}

TEST(WhyStep, EveryReasonFitsWithoutScrollingAt1280x800) {
    Campaign& campaign = Campaign::get();
    const auto screen = screen_of_size(1280, 800);
    const auto t0 = flow::Clock::now();
    for (const std::string language : {"en", "es"}) {
        flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
        prepare(visit, {Screen::Why, ""}, language, t0);
        const View view = build_at(*screen, visit, t0);
        const ScrollArea* area = view.find_area("why.reasons");
        ASSERT_NE(area, nullptr);
        EXPECT_FALSE(overflows(*area)) << language << ": " << area->content_height << " px in " << area->viewport.height;
    }
}

TEST(MoreBelow, ShowsUntilTheListEndsAndATapOnItNeverTapsARowHiddenUnderIt) {
    Campaign& campaign = Campaign::get();
    const auto screen = screen_of_size(1024, 600);  // too low for every reason
    const auto t0 = flow::Clock::now();
    flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
    prepare(visit, {Screen::Why, ""}, "es", t0);
    const View view = build_at(*screen, visit, t0);
    const ScrollArea* reasons = view.find_area("why.reasons");
    ASSERT_NE(reasons, nullptr);
    ASSERT_TRUE(overflows(*reasons));
    ASSERT_EQ(view.more_below.size(), 1u);
    const MoreBelow& more = view.more_below[0];
    EXPECT_EQ(more.label, "▼  Hay más abajo  ▼");
    const float x = more.label_box.x + more.label_box.width / 2, y = more.label_box.y + more.label_box.height / 2;

    const ScrollOffsets top;
    EXPECT_TRUE(has_more_below(*reasons, top));
    EXPECT_EQ(more_below_at(view, top, x, y), &more);
    EXPECT_EQ(element_at(view, top, x, y), nullptr);

    const ScrollOffsets end = {{reasons->id, {0.f, reasons->content_height - reasons->viewport.height}}};
    EXPECT_FALSE(has_more_below(*reasons, end));
    EXPECT_EQ(more_below_at(view, end, x, y), nullptr);
}

TEST(LanguageSwitch, SameCornerOnEveryVisitorScreenAndTappingItChangesTheWords) {
    Campaign& campaign = Campaign::get();
    const auto screen = screen_of_size(1280, 800);
    const auto t0 = flow::Clock::now();
    std::optional<Rect> corner;
    for (Screen target : {Screen::Who, Screen::Where, Screen::Why, Screen::You, Screen::Review, Screen::Printing, Screen::Done}) {
        SCOPED_TRACE(flow::screen_name(target));
        flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
        prepare(visit, {target, ""}, "en", t0);
        const View view = build_at(*screen, visit, t0);
        const Element* button = view.find("language.es");
        ASSERT_NE(button, nullptr);
        if (!corner) corner = button->rect;
        EXPECT_EQ(button->rect.x, corner->x);
        EXPECT_EQ(button->rect.y, corner->y);
        EXPECT_EQ(button->rect.width, corner->width);
    }
    flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
    prepare(visit, {Screen::Why, ""}, "en", t0);
    visit.handle(event_of(*build_at(*screen, visit, t0).find("language.es")));
    const View spanish = build_at(*screen, visit, t0);
    EXPECT_NE(find_text(spanish, "¿Por qué deben ser liberadas?"), nullptr);
    EXPECT_NE(spanish.find("language.en"), nullptr);
    EXPECT_TRUE(visit.is_reason_chosen("heart-disease")) << "switching language lost what was chosen";
}

// Where, at 1280×800 in English, after drive_to's walk (governor and sheriff, Missouri,
// Cape Girardeau County) and `then`.
class WhereScreen : public ::testing::Test {
protected:
    void SetUp() override {
        auto created = KioskScreen::create(campaign.pack, {campaign.fonts.regular, campaign.fonts.bold, campaign.fonts.italic}, 96.f);
        ASSERT_TRUE(created);
        screen = std::move(*created);
        screen->resize(1280, 800);
        drive_to(visit, Screen::Where, "en", t0);
    }
    View view() const { return screen->build(visit, t0, {}, {}, {}, {}); }
    static std::vector<std::string> ids_starting(const View& view, const std::string& prefix) {
        std::vector<std::string> ids;
        for (const auto& element : view.elements) {
            if (element.id.rfind(prefix, 0) == 0) ids.push_back(element.id);
        }
        return ids;
    }

    Campaign& campaign = Campaign::get();
    flow::Clock::time_point t0 = flow::Clock::now();
    flow::VisitorFlow visit{campaign.pack, {campaign.pack.info.idle, "", ""}, t0};
    std::unique_ptr<KioskScreen> screen;
};

TEST_F(WhereScreen, AFoundZipShowsItsCountiesWhereTheDigitsWere) {
    EXPECT_EQ(ids_starting(view(), "zip.").size(), 11u);  // ten digits and Delete
    type_zip(visit, "63005");
    const View found = view();
    EXPECT_EQ(ids_starting(found, "zip-county."),
              (std::vector<std::string>{"zip-county.Franklin County", "zip-county.St. Louis County"}));
    EXPECT_EQ(ids_starting(found, "zip."), std::vector<std::string>{"zip.backspace"});
    EXPECT_FALSE(ids_starting(found, "county.").empty()) << "the county list stays";
    const std::string tree = ui_tree_json(found, {}, "en", 1280, 800);
    EXPECT_EQ(tree.find("63005"), std::string::npos) << "the typed ZIP code is never in the UI tree";
    EXPECT_NE(tree.find("\"filled\": true"), std::string::npos);
}

TEST_F(WhereScreen, AnUnknownZipSaysSoAndKeepsTheLists) {
    type_zip(visit, "00000");
    const View not_found = view();
    EXPECT_TRUE(ids_starting(not_found, "zip-county.").empty());
    EXPECT_EQ(ids_starting(not_found, "state.").size(), 4u);
    EXPECT_EQ(ids_starting(not_found, "county.").size(), 115u);
    const bool said = std::any_of(not_found.texts.begin(), not_found.texts.end(), [](const TextBlock& text) {
        return text.text == "We could not find that ZIP code. Choose your state and county below.";
    });
    EXPECT_TRUE(said);
}

TEST_F(WhereScreen, StLouisCityIsListedUnderS) {
    const View where = view();
    const auto jump = [&](const std::string& letter) { return std::get<ScrollTo>(where.find("letter-index." + letter)->action).y; };
    const auto* city = where.find("county.St. Louis city");
    ASSERT_NE(city, nullptr);
    const float list_top = where.find_area("where.counties.MO")->viewport.y;
    EXPECT_EQ(where.find("county.Saline County")->rect.y - list_top, jump("S"));
    EXPECT_GT(city->rect.y - list_top, jump("S"));
    EXPECT_LT(city->rect.y - list_top, jump("T"));
}

TEST_F(WhereScreen, TheChosenCountyIsInViewWhenTheScreenOpens) {
    visit.handle(flow::ChooseCounty{"Wright County"});  // the last in the list
    const View where = view();
    const ScrollArea* list = where.find_area("where.counties.MO");
    ASSERT_NE(list, nullptr);
    const Rect seen = visible_rect(*where.find("county.Wright County"), where, opening_offsets(where));
    EXPECT_TRUE(list->viewport.encloses(seen));
    EXPECT_EQ(seen.height, where.find("county.Wright County")->rect.height);
}

TEST_F(WhereScreen, AnotherStateOpensItsOwnListAtTheTopWithTilesOfTheSameHeight) {
    const float missouri_tile = view().find("county.Boone County")->rect.height;
    visit.handle(flow::ChooseState{"NE"});
    const View nebraska = view();
    const ScrollArea* list = nebraska.find_area("where.counties.NE");
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(nebraska.find_area("where.counties.MO"), nullptr);
    EXPECT_EQ(list->initial_y, 0.f);
    EXPECT_EQ(nebraska.find("county.Adams County")->rect.height, missouri_tile);
}

// The largest state of the national pack (tests/content/national_pack.h): Texas, 254
// counties. Where lists every one and reads, fits and taps as Missouri's 115 do; the last
// county, once chosen, is in view when the screen opens. The PNG is kept with the others.
TEST(NationalPackWhereScreen, TexasListsIts254CountiesAndEveryOneFits) {
    Campaign& campaign = Campaign::get();  // for the fonts
    const kiosk::testing::NationalPack national;
    auto loaded = content::load_pack(national.root());
    ASSERT_TRUE(loaded) << loaded.error().front().to_string();
    const content::Pack& pack = *loaded;
    auto created = KioskScreen::create(pack, {campaign.fonts.regular, campaign.fonts.bold, campaign.fonts.italic}, 96.f);
    ASSERT_TRUE(created);
    KioskScreen& screen = **created;
    screen.resize(1280, 800);
    const auto t0 = flow::Clock::now();
    flow::VisitorFlow visit(pack, {pack.info.idle, "", ""}, t0);
    visit.handle(flow::ChooseLanguage{"en"});
    visit.handle(flow::Start{});
    visit.handle(flow::ToggleRecipient{"sheriff"});
    visit.handle(flow::Next{});
    visit.handle(flow::ChooseState{"TX"});
    visit.handle(flow::ChooseCounty{"Zavala County"});  // the last in the list
    ASSERT_EQ(visit.screen(), Screen::Where);
    const View where = screen.build(visit, t0, {}, {}, {}, {});
    std::size_t counties = 0;
    for (const auto& element : where.elements) counties += element.id.rfind("county.", 0) == 0 ? 1 : 0;
    EXPECT_EQ(counties, 254u);
    check_view(where, screen, "national-where-TX");
    const ScrollArea* list = where.find_area("where.counties.TX");
    ASSERT_NE(list, nullptr);
    EXPECT_TRUE(list->viewport.encloses(visible_rect(*where.find("county.Zavala County"), where, opening_offsets(where))));
    sf::RenderTexture texture;
    ASSERT_TRUE(texture.create(1280, 800));
    screen.paint(texture, where, opening_offsets(where), "", {});
    texture.display();
    EXPECT_TRUE(texture.getTexture().copyToImage().saveToFile(std::string(UI_SCREENSHOT_DIR) +
                                                              "/1280x800-en-where-national-TX.png"));
}

TEST(ReviewScreen, NamesTheLetterShownKeepsItInViewAndSaysHowManyWillPrint) {
    Campaign& campaign = Campaign::get();
    const auto screen = screen_of_size(1280, 800);
    const auto t0 = flow::Clock::now();
    flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
    drive_to(visit, Screen::Review, "en", t0);
    LetterPreviews previews(campaign.maker(), content::PaperSize::Letter);
    previews.update(visit.visit());
    previews.reflow(large_text(screen->metrics()).column_points);
    for (const bool large : {false, true}) {
        SCOPED_TRACE(large ? "large text" : "pages");
        const View view = screen->build(visit, t0, previews.letters(), {1, large}, {}, {});
        const auto header = std::find_if(view.texts.begin(), view.texts.end(),
                                         [](const TextBlock& text) { return text.text == "Letter 2 of 2: Sheriff"; });
        ASSERT_NE(header, view.texts.end());
        EXPECT_TRUE(header->scroll_area.empty()) << "the header scrolls away with the letter";
        ASSERT_NE(view.find("review.letter.1"), nullptr);
        ASSERT_NE(view.find("review.letter.2"), nullptr);
        EXPECT_FALSE(view.find("review.letter.1")->selected);
        EXPECT_TRUE(view.find("review.letter.2")->selected);
        EXPECT_EQ(view.find("review.letter.1")->label, "Letter 1");
        const auto* show_first = std::get_if<ShowLetter>(&view.find("review.letter.1")->action);
        ASSERT_NE(show_first, nullptr);
        EXPECT_EQ(show_first->letter, 0u);
        ASSERT_FALSE(view.pages.empty());
        EXPECT_TRUE(std::all_of(view.pages.begin(), view.pages.end(), [](const PagePicture& page) { return page.letter == 1; }));
        EXPECT_EQ(view.find("review.large-text")->label, large ? "Show the whole page" : "Make the text bigger");
        EXPECT_EQ(view.find("review.print")->label, "Print 2 letters");
    }

    // The first letter printed, the second did not: back on Review, one is left to print.
    visit.handle(flow::Print{});
    const auto run = visit.print_request().run;
    visit.handle(flow::LetterReported{run, 0, flow::LetterResult::Printed, "", ""});
    visit.handle(flow::LetterReported{run, 1, flow::LetterResult::Failed, "print.paper-jam", ""});
    visit.handle(flow::PrintFinished{run, t0});
    visit.handle(flow::Back{});
    ASSERT_EQ(visit.screen(), Screen::Review);
    EXPECT_EQ(screen->build(visit, t0, previews.letters(), {}, {}, {}).find("review.print")->label, "Print 1 letter");
}

TEST(PrintingScreen, SaysWhyThePrinterWaitsAndLetsTheVisitorLeave) {
    Campaign& campaign = Campaign::get();
    const auto screen = screen_of_size(1280, 800);
    const auto t0 = flow::Clock::now();
    for (const std::string language : {"en", "es"}) {
        flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
        drive_to(visit, Screen::Printing, language, t0);
        const View printing = screen->build(visit, t0, {}, {}, {}, {});
        EXPECT_EQ(printing.find("printing.start-over"), nullptr) << "nothing to leave for while letters come out";

        flow::VisitorFlow stuck(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
        prepare(stuck, {Screen::Printing, "out-of-paper"}, language, t0);
        const View waiting = screen->build(stuck, t0, {}, {}, {}, {});
        EXPECT_TRUE(shows(waiting, campaign.pack.text(language, "print.out-of-paper"))) << language;
        const Element* leave = waiting.find("printing.start-over");
        ASSERT_NE(leave, nullptr);
        EXPECT_FALSE(leave->disabled);
        EXPECT_EQ(leave->label, campaign.pack.text(language, "ui.printing.start-over"));
        stuck.handle(std::get<flow::Event>(leave->action));
        EXPECT_EQ(stuck.screen(), Screen::Welcome) << "the visitor can leave; the letters print when paper is added";
    }
}

// The lock-out after wrong PINs can last up to a day: the pad says how long in words.
TEST(StaffPinScreen, SaysHowLongThePadIsLockedInWords) {
    Campaign& campaign = Campaign::get();
    const auto screen = screen_of_size(1280, 800);
    const auto t0 = flow::Clock::now();
    for (const auto& [language, wanted] : std::vector<std::pair<std::string, std::string>>{
             {"en", "Wait 3 hours 20 minutes."}, {"es", "Espere 3 horas y 20 minutos."}}) {
        flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
        drive_to(visit, Screen::StaffPin, language, t0);
        visit.handle(flow::PinDigit{'1'});
        visit.handle(flow::PinSubmit{});
        visit.handle(flow::PinChecked{flow::PinResult::LockedOut, std::chrono::seconds(3 * 3600 + 20 * 60)});
        const View pad = screen->build(visit, t0, {}, {}, {}, {});
        EXPECT_TRUE(shows(pad, wanted)) << language;
    }
}

// The default pack knows no county's sheriff or local officials: those letters leave the
// address to write by hand. The governor's is known.
TEST(DoneScreen, ShowsThePageCountAndNamesTheLettersThatNeedAnAddress) {
    Campaign& campaign = Campaign::get();
    const auto screen = screen_of_size(1280, 800);
    const auto t0 = flow::Clock::now();
    struct Expected {
        std::string language, count, to_address, governor, sign;
    };
    for (const Expected& expected : {Expected{"en", "3 letters, ", "Sheriff and Local elected officials", "Governor", "Sign"},
                                     Expected{"es", "3 cartas, ", "Sheriff y Autoridades locales", "Gobernador", "Firme"}}) {
        SCOPED_TRACE(expected.language);
        flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
        visit.handle(flow::ChooseLanguage{expected.language});
        visit.handle(flow::Start{});
        for (const char* id : {"governor", "sheriff", "local-official"}) visit.handle(flow::ToggleRecipient{id});
        visit.handle(flow::Next{});
        visit.handle(flow::ChooseState{"MO"});
        visit.handle(flow::ChooseCounty{"Boone County"});
        visit.handle(flow::Next{});
        visit.handle(flow::ToggleReason{"elderly"});
        visit.handle(flow::Next{});
        visit.handle(flow::Skip{});
        LetterPreviews previews(campaign.maker(), content::PaperSize::Letter);
        previews.update(visit.visit());
        const auto printed = previews.summaries();
        std::size_t pages = 0;
        for (const auto& letter : previews.letters()) pages += letter.layout.pages.size();
        previews.clear();
        visit.handle(flow::Print{});
        const auto run = visit.print_request().run;
        for (std::size_t i = 0; i < 3; ++i) visit.handle(flow::LetterReported{run, i, flow::LetterResult::Printed, "", ""});
        visit.handle(flow::PrintFinished{run, t0});
        ASSERT_EQ(visit.screen(), Screen::Done);

        const View done = screen->build(visit, t0, {}, {}, printed, {});
        const std::string page_count = campaign.pack.text(expected.language, pages == 1 ? "ui.done.pages.one" : "ui.done.pages.other");
        EXPECT_TRUE(shows(done, expected.count + fill(page_count, "count", std::to_string(pages)))) << ::testing::PrintToString(words_on(done));
        EXPECT_TRUE(shows(done, expected.sign));
        EXPECT_TRUE(shows(done, expected.to_address + ".")) << ::testing::PrintToString(words_on(done));
        EXPECT_FALSE(shows(done, expected.governor)) << "the governor's address is printed";
        EXPECT_EQ(done.find("done.start-over")->label, campaign.pack.text(expected.language, "ui.done.finish"));
    }
}

TEST(DoneScreen, FollowUpLabelsAreInTheScreensLanguage) {
    Campaign& campaign = Campaign::get();
    ASSERT_FALSE(campaign.pack.follow_ups.empty());
    const auto screen = screen_of_size(1280, 800);
    const auto t0 = flow::Clock::now();
    for (const std::string language : {"en", "es"}) {
        const std::string other = language == "en" ? "es" : "en";
        flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
        prepare(visit, {Screen::Done, "printed"}, language, t0);
        const View done = screen->build(visit, t0, {}, {}, {{"governor", 1, false}}, {});
        for (const auto& follow_up : campaign.pack.follow_ups) {
            EXPECT_TRUE(shows(done, follow_up.label.text.at(language))) << language << ": " << follow_up.id;
            EXPECT_FALSE(shows(done, follow_up.label.text.at(other))) << language << ": " << follow_up.id;
        }
    }
}

TEST(DoneScreen, WithNoPrinterSaysTheLettersWereKeptNeverToSignNorWhere) {
    Campaign& campaign = Campaign::get();
    const auto screen = screen_of_size(1280, 800);
    const auto t0 = flow::Clock::now();
    for (const std::string language : {"en", "es"}) {
        flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
        prepare(visit, {Screen::Done, "saved"}, language, t0);
        LetterPreviews previews(campaign.maker(), content::PaperSize::Letter);
        previews.update(visit.visit());
        const View done = screen->build(visit, t0, {}, {}, previews.summaries(), {});
        EXPECT_TRUE(shows(done, campaign.pack.text(language, "ui.done.saved.other"))) << language;
        for (const std::string& text : words_on(done)) {
            EXPECT_EQ(text.find("/"), std::string::npos) << text;
            EXPECT_EQ(text.find(campaign.pack.text(language, "ui.done.sign.other")), std::string::npos) << text;
            EXPECT_EQ(text.find(campaign.pack.text(language, "ui.done.sign.one")), std::string::npos) << text;
        }
    }
}

}  // namespace
}  // namespace kiosk::ui

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new kiosk::ui::testing::XvfbDisplay);
    return RUN_ALL_TESTS();
}
