#include <gtest/gtest.h>

#include "content/yaml_scalar_places.h"

namespace kiosk::content {
namespace {

// Where `needle` (which must be in `value`) is placed, `value` being the text of the
// scalar of `yaml` that reads as `value`.
TextPlace place_of(const std::string& yaml, const std::string& value, const std::string& needle) {
    const auto places = scalar_places(yaml);
    const auto start = places.find(value);
    EXPECT_NE(start, places.end()) << "no scalar reads as: " << value;
    if (start == places.end()) return {};
    return place_in_scalar(yaml, start->second, value, value.find(needle));
}

TEST(YamlScalarPlaces, EachTextBeginsAtItsQuoteIndicatorOrFirstCharacter) {
    const std::string yaml = "a: plain {{x}}\nb: \"quoted\"\nc: |\n  literal\n";
    const auto places = scalar_places(yaml);
    EXPECT_EQ(places.at("plain {{x}}").line, 1);
    EXPECT_EQ(places.at("plain {{x}}").column, 4);
    EXPECT_EQ(places.at("quoted").line, 2);
    EXPECT_EQ(places.at("quoted").column, 4);
    EXPECT_EQ(places.at("literal\n").line, 3);
    EXPECT_EQ(places.at("literal\n").column, 4);
}

TEST(YamlScalarPlaces, ProblemOnTheThirdLineOfALiteralBlockIsPlacedOnThatLine) {
    const std::string yaml = "salutation:\n  en: |\n    Dear\n      friend,\n    {{recipient.titel}}:\n";
    const TextPlace place = place_of(yaml, "Dear\n  friend,\n{{recipient.titel}}:\n", "{{recipient");
    EXPECT_EQ(place.line, 5);
    EXPECT_EQ(place.column, 5);
}

TEST(YamlScalarPlaces, ProblemInAFoldedBlockIsPlacedOnItsLine) {
    const std::string yaml = "office: >\n  Office of the\n  Governor of\n\n  {{state.nmae}}\n";
    const TextPlace place = place_of(yaml, "Office of the Governor of\n{{state.nmae}}\n", "{{state");
    EXPECT_EQ(place.line, 5);
    EXPECT_EQ(place.column, 3);
}

TEST(YamlScalarPlaces, QuotedTextOverTwoLinesIsFollowedToTheSecond) {
    const std::string yaml = "x: \"Dear\n   {{a}} and {{b}}\"\n";
    const TextPlace place = place_of(yaml, "Dear {{a}} and {{b}}", "{{b}}");
    EXPECT_EQ(place.line, 2);
    EXPECT_EQ(place.column, 14);
}

TEST(YamlScalarPlaces, ColumnsCountCharactersNotBytes) {
    const std::string yaml = "x: \"Señor {{b}}\"\n";
    const TextPlace place = place_of(yaml, "Señor {{b}}", "{{b}}");
    EXPECT_EQ(place.line, 1);
    EXPECT_EQ(place.column, 11);
}

TEST(YamlScalarPlaces, PastAnEscapeTheTextIsPlacedWhereItBegins) {
    const std::string yaml = "\n\nx: \"Se\\u00f1or\n  {{b}}\"\n";
    const TextPlace place = place_of(yaml, "Señor {{b}}", "{{b}}");
    EXPECT_EQ(place.line, 3);
    EXPECT_EQ(place.column, 4);
}

TEST(YamlScalarPlaces, CrlfLineEndsAreFollowedToo) {
    const std::string yaml = "x: |\r\n  one\r\n  two {{b}}\r\n";
    const TextPlace place = place_of(yaml, "one\ntwo {{b}}\n", "{{b}}");
    EXPECT_EQ(place.line, 3);
    EXPECT_EQ(place.column, 7);
}

}  // namespace
}  // namespace kiosk::content
