#include "pdf/to_unicode_cmap.h"

#include <gtest/gtest.h>

namespace kiosk::pdf {
namespace {

TEST(ToUnicodeCmap, MapsEachCodeToItselfInBfcharSections) {
    const std::string cmap = to_unicode_cmap({U'A', 0x05E9, 0xFFFD});
    EXPECT_NE(cmap.find("/CMapType 2 def"), std::string::npos);
    EXPECT_NE(cmap.find("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange"), std::string::npos);
    EXPECT_NE(cmap.find("3 beginbfchar\n<0041> <0041>\n<05E9> <05E9>\n<FFFD> <FFFD>\nendbfchar"), std::string::npos) << cmap;
    EXPECT_EQ(cmap.find("cidrange"), std::string::npos);
}

TEST(ToUnicodeCmap, ArabicPresentationFormsMapBackToTheirLetters) {
    const std::string cmap = to_unicode_cmap({0xFEE3, 0xFEFB});
    EXPECT_NE(cmap.find("<FEE3> <0645>"), std::string::npos) << cmap;       // meem, initial form
    EXPECT_NE(cmap.find("<FEFB> <06440627>"), std::string::npos) << cmap;   // lam-alef ligature
}

TEST(ToUnicodeCmap, SectionsHoldAtMostAHundredEntries) {
    std::set<char32_t> codes;
    for (char32_t c = 0x4E00; c < 0x4E00 + 250; ++c) codes.insert(c);
    const std::string cmap = to_unicode_cmap(codes);
    EXPECT_NE(cmap.find("100 beginbfchar"), std::string::npos);
    EXPECT_NE(cmap.find("50 beginbfchar"), std::string::npos);
    EXPECT_EQ(cmap.find("101 beginbfchar"), std::string::npos);
}

}  // namespace
}  // namespace kiosk::pdf
