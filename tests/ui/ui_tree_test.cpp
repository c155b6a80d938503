// The UI tree says what a visitor perceives: the screen's words as elements of role
// "text", read in order with the buttons, as outside checks and Xvfb tests see them.
#include "ui/ui_tree.h"

#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "campaign.h"
#include "ui/kiosk_screen.h"

namespace kiosk::ui {
namespace {

using flow::Screen;
using testing::Campaign;

class UiTree : public ::testing::Test {
protected:
    nlohmann::json tree_of(const flow::VisitorFlow& visit) const {
        const View view = screen->build(visit, t0, {}, {}, {}, {});
        return nlohmann::json::parse(ui_tree_json(view, {}, "en", 1280, 800));
    }

    // The elements of role "text", by label.
    static std::vector<std::string> texts_of(const nlohmann::json& tree) {
        std::vector<std::string> labels;
        for (const auto& element : tree["elements"])
            if (element["role"] == "text") labels.push_back(element["label"]);
        return labels;
    }

    static std::size_t place_of(const nlohmann::json& tree, const std::string& label) {
        const auto& elements = tree["elements"];
        for (std::size_t i = 0; i < elements.size(); ++i)
            if (elements[i]["label"] == label) return i;
        return elements.size();
    }

    Campaign& campaign = Campaign::get();
    flow::Clock::time_point t0 = flow::Clock::now();
    flow::VisitorFlow visit{campaign.pack, {campaign.pack.info.idle, "", ""}, t0};
    std::unique_ptr<KioskScreen> screen = std::move(
        KioskScreen::create(campaign.pack, {campaign.fonts.regular, campaign.fonts.bold, campaign.fonts.italic}, 96.f)
            .value());
};

TEST_F(UiTree, AScreensTitleAndHintAreTextsReadBeforeItsButtons) {
    visit.handle(flow::ChooseLanguage{"en"});
    visit.handle(flow::Start{});
    ASSERT_EQ(visit.screen(), Screen::Who);
    const nlohmann::json tree = tree_of(visit);
    const std::string title = campaign.pack.text("en", "ui.who.title");
    const std::string hint = campaign.pack.text("en", "ui.who.hint");
    const auto texts = texts_of(tree);
    EXPECT_NE(std::find(texts.begin(), texts.end(), title), texts.end()) << tree.dump(1);
    EXPECT_NE(std::find(texts.begin(), texts.end(), hint), texts.end()) << tree.dump(1);
    EXPECT_LT(place_of(tree, title), place_of(tree, hint));
    EXPECT_LT(place_of(tree, hint), place_of(tree, campaign.pack.find_recipient("governor")->label.in("en", "en")));

    std::set<std::string> ids;
    for (const auto& element : tree["elements"]) {
        EXPECT_TRUE(ids.insert(element["id"].get<std::string>()).second) << "two elements are " << element["id"];
        EXPECT_FALSE(element["disabled"].get<bool>() && element["role"] == "text");
        EXPECT_GT(element["width"].get<int>(), 0);
    }
}

TEST_F(UiTree, TheStaffPinPadSaysItIsLocked) {
    for (int i = 0; i < 5; ++i) visit.handle(flow::CornerTap{t0});
    visit.handle(flow::PinDigit{'1'});
    visit.handle(flow::PinSubmit{});
    visit.handle(flow::PinChecked{flow::PinResult::LockedOut, std::chrono::seconds(60)});
    ASSERT_EQ(visit.screen(), Screen::StaffPin);
    const auto texts = texts_of(tree_of(visit));
    const bool says_locked = std::any_of(texts.begin(), texts.end(), [](const std::string& text) {
        return text.rfind("Too many wrong tries. Wait ", 0) == 0;
    });
    EXPECT_TRUE(says_locked) << ::testing::PrintToString(texts);
}

}  // namespace
}  // namespace kiosk::ui
