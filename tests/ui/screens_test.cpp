// Renders every screen in both languages at several window sizes (PNG files kept in
// the build folder under screens/) and checks the geometry a visitor depends on: no
// text outside its box, no overlapping targets, 15 mm targets, 24 px text, 4.5:1.
#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include <SFML/Graphics/RenderTexture.hpp>

#include "content/pack_loader.h"
#include "letter/font_set.h"
#include "letter/letter_composer.h"
#include "letter/letter_layout_engine.h"
#include "ui/kiosk_screen.h"
#include "ui/letter_previews.h"
#include "ui/ui_tree.h"
#include "xvfb_display.h"

namespace kiosk::ui {
namespace {

using flow::Screen;

struct Size {
    unsigned width, height;
};

class Campaign {
public:
    static Campaign& get() {
        static Campaign campaign;
        return campaign;
    }
    content::Pack pack;
    letter::FontSet fonts;
    std::unique_ptr<letter::LetterLayoutEngine> engine;

    LetterMaker maker() {
        LetterMaker maker;
        maker.lay_out = [this](const letter::LetterRequest& request) -> tl::expected<letter::LetterLayout, std::string> {
            auto composed = letter::compose_letter(pack, request);
            if (!composed) return tl::make_unexpected(composed.error());
            return engine->lay_out(*composed, request.paper);
        };
        return maker;
    }

private:
    Campaign() {
        const char* folder = std::getenv("LETTER_KIOSK_CONTENT");  // as the program itself
        auto loaded = content::load_pack(folder ? folder : KIOSK_DEFAULT_CONTENT_DIR);
        if (!loaded) throw std::runtime_error("the default pack does not load: " + loaded.error().front().to_string());
        pack = std::move(*loaded);
        fonts = letter::find_fonts().value();
        engine = std::make_unique<letter::LetterLayoutEngine>(letter::LetterLayoutEngine::create(fonts).value());
    }
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

void type_zip(flow::VisitorFlow& visit, const std::string& digits) {
    for (char digit : digits) visit.handle(flow::ZipDigit{digit});
}

// Where each scroll area opens, as the window sets it when a screen appears.
ScrollOffsets opening_offsets(const View& view) {
    ScrollOffsets offsets;
    for (const auto& area : view.areas) offsets[area.id] = clamp_offset(area, {0.f, area.initial_y});
    return offsets;
}

class ScreensTest : public ::testing::TestWithParam<std::tuple<Size, std::string>> {};

void check_view(const View& view, const KioskScreen& screen, const std::string& name) {
    const Metrics& m = screen.metrics();
    const Palette& p = screen.palette();
    const Rect window{0.f, 0.f, m.width, m.height};
    const ScrollOffsets none;
    for (const auto& element : view.elements) {
        SCOPED_TRACE(name + " " + element.id);
        if (element.scroll_area.empty()) {
            EXPECT_TRUE(window.encloses(element.rect)) << "outside the window";
        }
        EXPECT_GE(std::min(element.rect.width, element.rect.height), m.min_target - 0.5f) << "smaller than 15 mm";
        for (const auto& label : label_layouts(element, m, screen.font())) {
            EXPECT_TRUE(label.text.fits) << "text spills out: " << element.label;
            EXPECT_GE(label.text.size, 24u);
            EXPECT_TRUE(element.rect.encloses(label.box));
        }
        if (!element.disabled && element.id != "still-there.continue") {
            for (bool pressed : {false, true}) {
                const Ink ink = ink_for(element, pressed, p);
                EXPECT_GE(contrast_ratio(ink.text, ink.fill), minimum_contrast);
            }
        }
    }
    for (std::size_t a = 0; a < view.elements.size(); ++a) {
        for (std::size_t b = a + 1; b < view.elements.size(); ++b) {
            const Rect ra = visible_rect(view.elements[a], view, none), rb = visible_rect(view.elements[b], view, none);
            if (ra.width <= 0 || rb.width <= 0 || ra.height <= 0 || rb.height <= 0) continue;
            EXPECT_FALSE(ra.overlaps(rb)) << name << ": " << view.elements[a].id << " overlaps " << view.elements[b].id;
        }
    }
    for (const auto& text : view.texts) {
        SCOPED_TRACE(name + " text: " + text.text);
        const FittedText fitted = fit_text(screen.font(), text.text, text.box.width, text.box.height, text.size, text.min_size, text.bold);
        EXPECT_TRUE(fitted.fits);
        EXPECT_GE(fitted.size, 24u);
        if (text.scroll_area.empty()) {
            EXPECT_TRUE(window.encloses(text.box));
        }
    }
    for (Colour colour : {p.text, p.muted, p.error}) EXPECT_GE(contrast_ratio(colour, p.background), minimum_contrast);
}

TEST_P(ScreensTest, EveryScreenFitsReadsAndCanBeTapped) {
    const auto [size, language] = GetParam();
    Campaign& campaign = Campaign::get();
    auto screen = KioskScreen::create(campaign.pack, {campaign.fonts.regular, campaign.fonts.bold, campaign.fonts.italic}, 96.f);
    ASSERT_TRUE(screen) << screen.error();
    (*screen)->resize(float(size.width), float(size.height));
    sf::RenderTexture texture;
    ASSERT_TRUE(texture.create(size.width, size.height));
    const std::string folder = std::string(UI_SCREENSHOT_DIR) + "/";
    const auto t0 = flow::Clock::now();
    // A screen, and how it differs from drive_to's walk ("" for not at all).
    const std::vector<std::pair<Screen, std::string>> screens = {
        {Screen::Welcome, ""},    {Screen::Who, ""},        {Screen::Where, ""},    {Screen::Where, "zip-found"},
        {Screen::Where, "zip-not-found"}, {Screen::Why, ""}, {Screen::You, ""},     {Screen::Review, ""},
        {Screen::Printing, ""},   {Screen::Printing, "failed"}, {Screen::Done, ""}, {Screen::StillThere, ""},
        {Screen::StaffPin, ""},   {Screen::StaffMenu, ""}};
    for (const auto& [target, variant] : screens) {
        flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
        drive_to(visit, target, language, t0);
        if (variant == "failed") {
            const auto run = visit.print_request().run;
            visit.handle(flow::LetterReported{run, 0, flow::LetterResult::Printed, "", ""});
            visit.handle(flow::LetterReported{run, 1, flow::LetterResult::Failed, "print.out-of-paper", ""});
            visit.handle(flow::PrintFinished{run, t0});
        } else if (variant == "zip-found") {
            type_zip(visit, "63005");  // Franklin County and St. Louis County
            visit.handle(flow::ChooseCounty{"St. Louis County", "MO"});
        } else if (variant == "zip-not-found") {
            type_zip(visit, "00000");
            visit.handle(flow::ChooseState{"KS"});
            visit.handle(flow::Next{});  // no county yet: the notice says so
        }
        ASSERT_EQ(visit.screen(), target);
        LetterPreviews previews(campaign.maker(), content::PaperSize::Letter);
        if (target == Screen::Review) {
            previews.update(visit.visit());
            ASSERT_EQ(previews.letters().size(), 2u);
            EXPECT_TRUE(previews.letters()[0].error.empty()) << previews.letters()[0].error;
        }
        // Still-there counts down from the moment it appeared (an hour in, here).
        const auto now = target == Screen::StillThere ? t0 + std::chrono::hours(1) + std::chrono::seconds(5) : t0;
        const View view = (*screen)->build(visit, now, previews.letters(), false, {"Saving letters to /tmp/letters", {1234, 7, 56}});
        const std::string name = std::to_string(size.width) + "x" + std::to_string(size.height) + "-" + language + "-" +
                                 flow::screen_name(target) + (variant.empty() ? "" : "-" + variant);
        check_view(view, **screen, name);
        (*screen)->paint(texture, view, opening_offsets(view), "", previews.letters());
        texture.display();
        EXPECT_TRUE(texture.getTexture().copyToImage().saveToFile(folder + name + ".png"));
    }
}

INSTANTIATE_TEST_SUITE_P(Sizes, ScreensTest,
                         ::testing::Combine(::testing::Values(Size{1280, 800}, Size{1024, 600}, Size{1920, 1080},
                                                              Size{800, 1280}),
                                            ::testing::Values("en", "es")),
                         [](const auto& info) {
                             const Size size = std::get<0>(info.param);
                             return std::to_string(size.width) + "x" + std::to_string(size.height) + "_" +
                                    std::get<1>(info.param);
                         });

TEST(UiTree, GivesFieldsFilledButNeverWhatWasTyped) {
    Campaign& campaign = Campaign::get();
    auto screen = KioskScreen::create(campaign.pack, {campaign.fonts.regular, campaign.fonts.bold, campaign.fonts.italic}, 96.f);
    ASSERT_TRUE(screen);
    const auto t0 = flow::Clock::now();
    flow::VisitorFlow visit(campaign.pack, {campaign.pack.info.idle, "", ""}, t0);
    drive_to(visit, Screen::You, "en", t0);
    const std::vector<PreviewLetter> none;
    const View view = (*screen)->build(visit, t0, none, false, {});
    const std::string json = ui_tree_json(view, {}, "en", 1280, 800);
    EXPECT_EQ(json.find("Núñez"), std::string::npos);
    EXPECT_NE(json.find("\"filled\": true"), std::string::npos);
    EXPECT_NE(json.find("\"id\": \"key.ñ\""), std::string::npos);
    EXPECT_NE(json.find("\"screen\": \"you\""), std::string::npos);
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
    View view() const { return screen->build(visit, t0, {}, false, {}); }
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

}  // namespace
}  // namespace kiosk::ui

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new kiosk::ui::testing::XvfbDisplay);
    return RUN_ALL_TESTS();
}
