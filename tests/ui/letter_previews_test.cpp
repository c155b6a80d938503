// The letters Review shows and the window prints: large text is a second layout made
// beside the printed one, and never changes what prints.
#include <gtest/gtest.h>

#include "campaign.h"
#include "pdf/pdf_writer.h"
#include "ui/flow/letter_requests.h"
#include "ui/screens/review_columns.h"

namespace kiosk::ui {
namespace {

flow::Visit two_letter_visit() {
    flow::Visit visit;
    visit.language = "en";
    visit.recipients = {"governor", "sheriff"};
    visit.state = "MO";
    visit.county = "Boone County";
    visit.reasons = {"elderly", "heart-disease", "hypertension"};
    visit.sender_name = "María Núñez";
    visit.sender_street = "12 Elm St";
    visit.sender_town = "Columbia";
    visit.sender_zip = "65201";
    return visit;
}

TEST(LetterPreviews, LargeTextLeavesThePrintedLetterByteForByteWhatThePagesShow) {
    auto& campaign = testing::Campaign::get();
    const flow::Visit visit = two_letter_visit();
    LetterPreviews previews(campaign.maker(), content::PaperSize::Letter);
    pdf::PdfWriter writer(campaign.fonts);
    ASSERT_TRUE(previews.update(visit));
    ASSERT_EQ(previews.letters().size(), 2u);

    // What the normal preview paints, and what printing a letter with no preview at all makes.
    std::vector<std::vector<unsigned char>> pages_shown, printed_alone;
    const auto requests = flow::letter_requests(visit, content::PaperSize::Letter);
    for (std::size_t i = 0; i < requests.size(); ++i) {
        pages_shown.push_back(writer.write(previews.letters()[i].layout));
        printed_alone.push_back(writer.write(campaign.engine->lay_out(*letter::compose_letter(campaign.pack, requests[i]),
                                                                      content::PaperSize::Letter)));
    }
    EXPECT_EQ(pages_shown, printed_alone);

    for (const auto& [width, height] : {std::pair{1280.f, 800.f}, {1024.f, 600.f}, {1920.f, 1080.f}, {800.f, 1280.f}}) {
        previews.reflow(large_text(metrics_for(width, height, 96.f)).column_points);
        for (std::size_t i = 0; i < requests.size(); ++i) {
            SCOPED_TRACE(std::to_string(int(width)) + "x" + std::to_string(int(height)) + " letter " + std::to_string(i + 1));
            ASSERT_FALSE(previews.letters()[i].reflowed.pages.empty()) << "large text was not laid out";
            EXPECT_LT(previews.letters()[i].reflowed.page_width, previews.letters()[i].layout.page_width);
            EXPECT_EQ(writer.write(previews.letters()[i].layout), pages_shown[i]);
        }
    }
}

TEST(LetterPreviews, DoneKeepsPageCountsAndBlankAddressesButNoWords) {
    auto& campaign = testing::Campaign::get();
    LetterPreviews previews(campaign.maker(), content::PaperSize::Letter);
    previews.update(two_letter_visit());
    const auto summaries = previews.summaries();
    previews.clear();
    ASSERT_EQ(summaries.size(), 2u);
    EXPECT_EQ(summaries[0].recipient_id, "governor");
    EXPECT_FALSE(summaries[0].address_by_hand) << "the pack knows the governor's address";
    EXPECT_EQ(summaries[1].recipient_id, "sheriff");
    EXPECT_TRUE(summaries[1].address_by_hand) << "the pack has no sheriff's address";
    for (const auto& summary : summaries) EXPECT_GE(summary.pages, 1u);
}

}  // namespace
}  // namespace kiosk::ui
