// The kiosk says print messages in the visitor's language from the default pack's
// strings; the command line says them from the built-in English table. Both must
// know every key, and the English must be the same words.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <string>

#include "content/required_strings.h"
#include "print/print_messages.h"

namespace kiosk::print {
namespace {

YAML::Node pack_strings(const std::string& language) {
    return YAML::LoadFile(std::string(DEFAULT_PACK_STRINGS) + "/" + language + ".yaml")["strings"];
}

TEST(PrintStrings, DefaultPackEnglishMatchesTheBuiltInText) {
    const YAML::Node strings = pack_strings("en");
    for (const std::string& key : print_message_keys()) {
        ASSERT_TRUE(strings[key]) << key << " missing from strings/en.yaml";
        EXPECT_EQ(strings[key].as<std::string>(), english_text(key)) << key;
    }
}

TEST(PrintStrings, DefaultPackSaysEveryPrintMessageInSpanish) {
    const YAML::Node strings = pack_strings("es");
    for (const std::string& key : print_message_keys()) {
        ASSERT_TRUE(strings[key]) << key << " missing from strings/es.yaml";
        EXPECT_NE(strings[key].as<std::string>(), english_text(key)) << key << " is not translated";
    }
}

TEST(PrintStrings, EveryPackMustTranslateEveryPrintMessage) {
    const auto& required = content::required_string_keys();
    for (const std::string& key : print_message_keys()) {
        EXPECT_NE(std::find(required.begin(), required.end(), key), required.end())
            << key << " missing from content/required_strings.cpp";
    }
}

}  // namespace
}  // namespace kiosk::print
