// How long one frame of the busiest screens takes at 1280×800: building the View from
// the flow's state and painting it, GPU work finished (glFinish). Needs an X display
// (tests/ui/measure.sh gives it one).
#include <chrono>
#include <cstdlib>
#include <memory>
#include <string>

#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/OpenGL.hpp>
#include <benchmark/benchmark.h>

#include "content/pack_loader.h"
#include "letter/font_set.h"
#include "letter/letter_composer.h"
#include "letter/letter_layout_engine.h"
#include "national_pack.h"
#include "ui/kiosk_screen.h"
#include "ui/letter_previews.h"
#include "ui/screens/review_columns.h"

namespace kiosk::ui {
namespace {

struct Setup {
    content::Pack pack;
    letter::FontSet fonts;
    std::unique_ptr<letter::LetterLayoutEngine> engine;
    std::unique_ptr<KioskScreen> screen;
    sf::RenderTexture texture;

    Setup() {
        const char* folder = std::getenv("LETTER_KIOSK_CONTENT");
        pack = content::load_pack(folder ? folder : KIOSK_DEFAULT_CONTENT_DIR).value();
        fonts = letter::find_fonts().value();
        engine = std::make_unique<letter::LetterLayoutEngine>(letter::LetterLayoutEngine::create(fonts).value());
        screen = std::move(KioskScreen::create(pack, {fonts.regular, fonts.bold, fonts.italic}, 96.f).value());
        screen->resize(1280.f, 800.f);
        texture.create(1280, 800);
    }

    LetterMaker maker() {
        LetterMaker maker;
        maker.lay_out = [this](const letter::LetterRequest& request) -> tl::expected<letter::LetterLayout, std::string> {
            return engine->lay_out(letter::compose_letter(pack, request).value(), request.paper);
        };
        maker.reflow = [this](const letter::LetterRequest& request,
                              float column_width) -> tl::expected<letter::LetterLayout, std::string> {
            return engine->reflow(letter::compose_letter(pack, request).value(), column_width);
        };
        return maker;
    }
};

Setup& setup() {
    static Setup instance;
    return instance;
}

// The visit a busy frame shows: three letters, a county, many reasons; on Where, a ZIP
// code touching two counties as well.
flow::VisitorFlow busy_visit(const content::Pack& pack, flow::Screen stop) {
    flow::VisitorFlow visit(pack, {pack.info.idle, "", ""}, flow::Clock::now());
    visit.handle(flow::Start{});
    for (const char* id : {"governor", "sheriff", "prosecutor"}) visit.handle(flow::ToggleRecipient{id});
    visit.handle(flow::Next{});
    if (stop == flow::Screen::Where) {
        for (char digit : std::string("65201")) visit.handle(flow::ZipDigit{digit});
    }
    visit.handle(flow::ChooseState{"MO"});
    visit.handle(flow::ChooseCounty{"Boone County"});
    if (stop == flow::Screen::Welcome) return flow::VisitorFlow(pack, {pack.info.idle, "", ""}, flow::Clock::now());
    if (stop == flow::Screen::Where) return visit;
    visit.handle(flow::Next{});
    for (const auto& reason : pack.conditions) visit.handle(flow::ToggleReason{reason.id});
    if (stop == flow::Screen::Why) return visit;
    visit.handle(flow::Next{});
    visit.handle(flow::Next{});
    return visit;
}

// The letters of the busy visit, and how Review shows them.
struct Letters {
    LetterPreviews previews;
    ReviewState review;

    Letters(Setup& s, const flow::VisitorFlow& visit, bool large)
        : previews(s.maker(), content::PaperSize::Letter), review{0, large} {
        previews.update(visit.visit());  // once per visit change, not per frame
        if (large) previews.reflow(large_text(s.screen->metrics()).column_points);
    }
};

void frame(benchmark::State& state, flow::Screen screen, bool large = false) {
    Setup& s = setup();
    const flow::VisitorFlow visit = busy_visit(s.pack, screen);
    Letters letters(s, visit, large);
    const LetterPreviews& previews = letters.previews;
    const ReviewState& review = letters.review;
    for (auto _ : state) {
        const View view = s.screen->build(visit, flow::Clock::now(), previews.letters(), review, {}, {});
        s.screen->paint(s.texture, view, {}, "", previews.letters());
        s.texture.display();
        glFinish();
    }
}

// Only painting, as while a finger drags a list or the letter: the View is built once.
void paint_only(benchmark::State& state, flow::Screen screen, bool large = false) {
    Setup& s = setup();
    const flow::VisitorFlow visit = busy_visit(s.pack, screen);
    Letters letters(s, visit, large);
    const LetterPreviews& previews = letters.previews;
    const View view = s.screen->build(visit, flow::Clock::now(), previews.letters(), letters.review, {}, {});
    for (auto _ : state) {
        s.screen->paint(s.texture, view, {}, "", previews.letters());
        s.texture.display();
        glFinish();
    }
}

// Where for the largest state of the national pack (tests/content/national_pack.h):
// Texas, 254 counties, with a county chosen. The pack is written once, on first use.
struct NationalWhere {
    kiosk::testing::NationalPack files;
    content::Pack pack = content::load_pack(files.root()).value();
    std::unique_ptr<KioskScreen> screen;

    explicit NationalWhere(const letter::FontSet& fonts) {
        screen = std::move(KioskScreen::create(pack, {fonts.regular, fonts.bold, fonts.italic}, 96.f).value());
        screen->resize(1280.f, 800.f);
    }
};

void WhereFrameTexas254Counties(benchmark::State& state) {
    Setup& s = setup();
    static NationalWhere national(s.fonts);
    flow::VisitorFlow visit(national.pack, {national.pack.info.idle, "", ""}, flow::Clock::now());
    visit.handle(flow::Start{});
    for (const char* id : {"governor", "sheriff", "prosecutor"}) visit.handle(flow::ToggleRecipient{id});
    visit.handle(flow::Next{});
    visit.handle(flow::ChooseState{"TX"});
    visit.handle(flow::ChooseCounty{"Harris County"});
    for (auto _ : state) {
        const View view = national.screen->build(visit, flow::Clock::now(), {}, {}, {}, {});
        national.screen->paint(s.texture, view, {}, "", {});
        s.texture.display();
        glFinish();
    }
}

void ReviewPaintOnly(benchmark::State& state) { paint_only(state, flow::Screen::Review); }
void ReviewLargeTextFrame(benchmark::State& state) { frame(state, flow::Screen::Review, true); }
void ReviewLargeTextPaintOnly(benchmark::State& state) { paint_only(state, flow::Screen::Review, true); }
void WherePaintOnly(benchmark::State& state) { paint_only(state, flow::Screen::Where); }
void WelcomeFrame(benchmark::State& state) { frame(state, flow::Screen::Welcome); }
void ReviewFrame(benchmark::State& state) { frame(state, flow::Screen::Review); }
void WhereFrameWithCounties(benchmark::State& state) { frame(state, flow::Screen::Where); }
void WhyFrameAllConditions(benchmark::State& state) { frame(state, flow::Screen::Why); }
BENCHMARK(WelcomeFrame)->Unit(benchmark::kMillisecond);
BENCHMARK(ReviewFrame)->Unit(benchmark::kMillisecond);
BENCHMARK(ReviewPaintOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(ReviewLargeTextFrame)->Unit(benchmark::kMillisecond);
BENCHMARK(ReviewLargeTextPaintOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(WhereFrameWithCounties)->Unit(benchmark::kMillisecond);
BENCHMARK(WherePaintOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(WhyFrameAllConditions)->Unit(benchmark::kMillisecond);
BENCHMARK(WhereFrameTexas254Counties)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kiosk::ui

BENCHMARK_MAIN();
