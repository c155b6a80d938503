#include "content/terminal_text.h"

#include <gtest/gtest.h>

namespace kiosk::content {
namespace {

TEST(TerminalText, ControlCharactersAreWrittenOutNotSent) {
    EXPECT_EQ(terminal_safe("\x1b[2J\x1b[H"), "\\u001B[2J\\u001B[H");  // clear the screen, cursor home
    EXPECT_EQ(terminal_safe(std::string("a\0b", 3)), "a\\u0000b");
    EXPECT_EQ(terminal_safe("name\r\nfake.yaml:1:1: ok\t!"), "name\\u000D\\u000Afake.yaml:1:1: ok\\u0009!");
    EXPECT_EQ(terminal_safe("\x7f"), "\\u007F");
    EXPECT_EQ(terminal_safe("\xc2\x9b"
                            "31m"),
              "\\u009B31m");  // C1 CSI: red text on some terminals
}

TEST(TerminalText, BidirectionalControlsAreWrittenOut) {
    EXPECT_EQ(terminal_safe("abc\u202Efdp.exe"), "abc\\u202Efdp.exe");
    EXPECT_EQ(terminal_safe("\u2066x\u2069\u200F"), "\\u2066x\\u2069\\u200F");
}

TEST(TerminalText, BytesThatAreNotUtf8AreWrittenOut) {
    EXPECT_EQ(terminal_safe("caf\xe9!"), "caf\\xE9!");
    EXPECT_EQ(terminal_safe("\x9b"), "\\x9B");
}

TEST(TerminalText, OrdinaryTextInAnyScriptIsUnchanged) {
    const std::string text = "José Núñez-Ødegård, Gobernador(a) · 北京 · Привет — “quoted”";
    EXPECT_EQ(terminal_safe(text), text);
}

}  // namespace
}  // namespace kiosk::content
