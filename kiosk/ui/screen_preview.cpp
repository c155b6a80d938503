#include "ui/screen_preview.h"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RenderTexture.hpp>

#include "ui/flow/sample_visit.h"
#include "ui/flow/visitor_flow.h"

namespace kiosk::ui {

namespace {

using flow::Screen;

// The place the sample visit is from: the county-level recipient's when one is
// chosen (Where then shows its county list), else the first recipient's.
flow::SamplePlace place_for(const content::Pack& pack, const std::vector<std::string>& recipients) {
    const content::Recipient* shown = nullptr;
    for (const std::string& id : recipients) {
        const content::Recipient* recipient = pack.find_recipient(id);
        if (recipient && (!shown || recipient->level == content::RecipientLevel::County)) shown = recipient;
    }
    return shown ? flow::sample_place(pack, *shown) : flow::SamplePlace{};
}

// Taps through the flow as the sample visitor up to `target` (Done: after printing).
void walk_to(flow::VisitorFlow& visit, const flow::Visit& sample, Screen target, flow::Clock::time_point now) {
    visit.handle(flow::ChooseLanguage{sample.language});
    if (target == Screen::Welcome) return;
    visit.handle(flow::Start{});
    for (const std::string& id : sample.recipients) visit.handle(flow::ToggleRecipient{id});
    if (target == Screen::Who) return;
    visit.handle(flow::Next{});
    if (visit.screen() == Screen::Where) {
        visit.handle(flow::ChooseState{sample.state});
        if (visit.needs_county()) visit.handle(flow::ChooseCounty{sample.county});
        if (target == Screen::Where) return;
        visit.handle(flow::Next{});
    }
    for (const std::string& id : sample.reasons) visit.handle(flow::ToggleReason{id});
    if (target == Screen::Why) return;
    visit.handle(flow::Next{});
    const std::pair<flow::Field, const std::string*> typed[] = {{flow::Field::Name, &sample.sender_name},
                                                                 {flow::Field::Street, &sample.sender_street},
                                                                 {flow::Field::Town, &sample.sender_town},
                                                                 {flow::Field::Zip, &sample.sender_zip}};
    for (const auto& [field, text] : typed) {
        visit.handle(flow::FocusField{field});
        for (const char c : *text) visit.handle(flow::TypeText{std::string(1, c)});
    }
    visit.handle(flow::FocusField{flow::Field::Name});
    if (target == Screen::You) return;
    visit.handle(flow::Next{});
    if (target == Screen::Review) return;
    visit.handle(flow::Print{});
    const flow::PrintRequest request = visit.print_request();
    for (std::size_t i = 0; i < request.letters.size(); ++i) {
        visit.handle(flow::LetterReported{request.run, request.letters[i], flow::LetterResult::Printed, "", ""});
    }
    visit.handle(flow::PrintFinished{request.run, now});
}

}  // namespace

const std::vector<flow::Screen>& previewed_screens() {
    static const std::vector<Screen> screens = {Screen::Welcome, Screen::Who,    Screen::Where, Screen::Why,
                                                Screen::You,     Screen::Review, Screen::Done};
    return screens;
}

tl::expected<std::unique_ptr<ScreenPreview>, std::string> ScreenPreview::create(const content::Pack& pack,
                                                                               const LetterFontFiles& letter_fonts,
                                                                               LetterMaker maker, unsigned width,
                                                                               unsigned height) {
    auto screen = KioskScreen::create(pack, letter_fonts, 96.f);
    if (!screen) return tl::make_unexpected(screen.error());
    (*screen)->resize(float(width), float(height));
    std::unique_ptr<ScreenPreview> preview(new ScreenPreview(pack, std::move(maker), width, height));
    preview->screen_ = std::move(*screen);
    return preview;
}

ScreenPreview::ScreenPreview(const content::Pack& pack, LetterMaker maker, unsigned width, unsigned height)
    : pack_(pack), maker_(std::move(maker)), width_(width), height_(height) {}

tl::expected<void, std::string> ScreenPreview::save(Screen target, const content::LanguageCode& language,
                                                    const std::filesystem::path& png) const {
    const auto now = flow::Clock::now();
    const std::vector<std::string> recipients = flow::sample_recipients(pack_);
    const flow::Visit sample = flow::sample_visit(pack_, recipients, place_for(pack_, recipients), language);
    flow::VisitorFlow visit(pack_, {pack_.info.idle, "", ""}, now);
    walk_to(visit, sample, target, now);
    if (visit.screen() != target) {
        return tl::make_unexpected("the sample visit did not reach " + flow::screen_name(target) + " (it is on " +
                                   flow::screen_name(visit.screen()) + ")");
    }

    LetterPreviews letters(maker_, pack_.info.paper);
    std::vector<LetterSummary> printed;
    if (target == Screen::Review || target == Screen::Done) letters.update(visit.visit());
    if (target == Screen::Done) {
        printed = letters.summaries();  // as the kiosk does: Done keeps only the summaries
        letters.clear();
    }
    const View view = screen_->build(visit, now, letters.letters(), {}, printed, {});
    sf::RenderTexture texture;
    if (!texture.create(width_, height_)) return tl::make_unexpected(std::string("cannot draw off screen (OpenGL)"));
    screen_->paint(texture, view, opening_offsets(view), "", letters.letters());
    texture.display();
    if (!texture.getTexture().copyToImage().saveToFile(png.string())) {
        return tl::make_unexpected("cannot write " + png.string());
    }
    return {};
}

}  // namespace kiosk::ui
