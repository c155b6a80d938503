// Hostile or damaged packs: each must end in located problems, never a crash or a hang.
// (Speed and memory are measured with the CLI, not asserted here.)
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>

#include <gtest/gtest.h>

#include "content/pack_loader.h"
#include "pack_copy.h"

namespace kiosk::content {
namespace {

using testing::describe;
using testing::has_problem;
using testing::PackCopy;
using testing::Place;
using testing::problems_of;

class HostilePack : public ::testing::Test {
protected:
    std::vector<Problem> problems() const { return problems_of(pack.root()); }
    std::string file(const std::string& relative) const { return pack.path_of(relative); }
    // The problems reported for `relative`, which must be at least one.
    std::vector<Problem> problems_in(const std::string& relative) const {
        std::vector<Problem> in_file;
        for (const Problem& problem : problems()) {
            if (problem.file == file(relative)) in_file.push_back(problem);
        }
        EXPECT_FALSE(in_file.empty()) << "no problem reported in " << relative;
        return in_file;
    }

    PackCopy pack;
};

TEST_F(HostilePack, HundredThousandOpeningBracketsAreTooDeep) {
    pack.write("recipients.yaml", "recipients: " + std::string(100000, '['));
    const auto found = problems_in("recipients.yaml");
    EXPECT_NE(found[0].message.find("nested too deeply"), std::string::npos) << describe(found);
}

TEST_F(HostilePack, HundredThousandOpeningBracesAreTooDeep) {
    pack.write("states.yaml", std::string(100000, '{'));
    const auto found = problems_in("states.yaml");
    EXPECT_NE(found[0].message.find("nested too deeply"), std::string::npos) << describe(found);
}

TEST_F(HostilePack, BinaryGarbageIsNotText) {
    std::mt19937 random(20261125);
    std::string garbage(100000, '\0');
    for (char& byte : garbage) byte = static_cast<char>(random());
    pack.write("reasons.yaml", garbage);
    const auto found = problems_in("reasons.yaml");
    ASSERT_EQ(found.size(), 1u) << describe(found);
    EXPECT_NE(found[0].message.find("not valid UTF-8"), std::string::npos) << describe(found);
}

TEST_F(HostilePack, InvalidUtf8IsPlacedAtTheFirstBadByte) {
    const Place place = pack.replace("reasons.yaml", "Older or elderly\", es", "Older or eld\xE9rly\", es");
    EXPECT_TRUE(has_problem(problems(), file("reasons.yaml"), {place.line, place.column + 12},
                            "not valid UTF-8 text (byte 0xE9); save the file as UTF-8"));
}

TEST_F(HostilePack, NulByteIsRefusedWhereItIs) {
    const Place place = pack.replace("pack.yaml", "version: 1.0.0", std::string("version: 1.0\0", 13));
    EXPECT_TRUE(has_problem(problems(), file("pack.yaml"), {place.line, 13}, "contains control character U+0000"));
}

// The byte screening cannot see these: the file holds a backslash and a letter.
TEST_F(HostilePack, ControlCharactersWrittenAsEscapesAreRefusedWhereTheirTextIs) {
    const Place name = pack.replace("pack.yaml", "name: Write for Compassionate Release", "name: \"Write\\e[2J\"");
    EXPECT_TRUE(has_problem(problems(), file("pack.yaml"), {name.line, 7},
                            "a text here contains control character U+001B (written as an escape); remove it"));
    pack.replace("pack.yaml", "\"Write\\e[2J\"", "\"Write\\x9b31m\"");
    EXPECT_TRUE(has_problem(problems(), file("pack.yaml"), {name.line, 7}, "control character U+009B"));
    pack.replace("pack.yaml", "\"Write\\x9b31m\"", "\"Write\\0\"");
    EXPECT_TRUE(has_problem(problems(), file("pack.yaml"), {name.line, 7}, "control character U+0000"));
    pack.replace("pack.yaml", "\"Write\\0\"", "\"Tab\\tand\\nline break\"");
    const auto found = problems();
    EXPECT_TRUE(found.empty()) << describe(found);
}

TEST_F(HostilePack, BillionLaughsAliasesAreRefusedBeforeAnyTreeIsWalked) {
    std::string bomb = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n";
    for (char level = 'b'; level <= 'i'; ++level) {
        const std::string previous(1, static_cast<char>(level - 1));
        bomb += std::string(1, level) + ": &" + level + " [";
        for (int i = 0; i < 9; ++i) bomb += (i ? ", *" : "*") + previous;
        bomb += "]\n";
    }
    bomb += "recipients: *i\n";
    pack.write("recipients.yaml", bomb);
    EXPECT_TRUE(has_problem(problems(), file("recipients.yaml"), {2, 8}, "aliases (*name) are not allowed"));
}

TEST_F(HostilePack, AliasesThroughFieldsTheSchemaExpectsAreRefused) {
    // Each level is a list the loader really reads, so walking it would multiply.
    std::string nested = "contact: &c {office: x, address: [a, b, c, d, e, f, g, h]}\n";
    nested += "contacts: &cs [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
    nested += "recipients: [{id: governor, level: state, contacts: *cs}]\n";
    pack.write("recipients.yaml", nested);
    EXPECT_TRUE(has_problem(problems(), file("recipients.yaml"), {2, 16}, "aliases (*name) are not allowed"));
}

TEST_F(HostilePack, FileOverOneMegabyteIsNotParsed) {
    pack.write("states.yaml", pack.read("states.yaml") + "# " + std::string(3 * 1024 * 1024, 'x') + "\n");
    EXPECT_TRUE(has_problem(problems(), file("states.yaml"), {0, 0}, "file too large (3.0 MB; the limit is 1.0 MB)"));
}

TEST_F(HostilePack, MillionsOfTinyEntriesAreTooMany) {
    std::string many = "states: [";
    while (many.size() < 900000) many += "a,";
    pack.write("states.yaml", many + "a]\n");
    const auto found = problems_in("states.yaml");
    ASSERT_EQ(found.size(), 1u) << describe(found);
    EXPECT_NE(found[0].message.find("too many entries"), std::string::npos) << describe(found);
}

// A small file is built into a tree without the event screen (yaml_document.cpp); the
// densest YAML there is (":" in a flow list: a mapping, a key and a value each) must
// still be refused at the very entry the screen refuses, which a '*' in a comment makes
// it take.
TEST_F(HostilePack, SmallFileOfDenseEntriesIsRefusedWhereTheScreenWould) {
    std::string dense = "states: [";
    while (dense.size() < 30000) dense += ":,";
    dense += ":]\n";
    pack.write("states.yaml", dense);
    const auto built = problems_in("states.yaml");
    pack.write("states.yaml", dense + "# *\n");
    const auto screened = problems_in("states.yaml");
    ASSERT_EQ(built.size(), 1u) << describe(built);
    ASSERT_EQ(screened.size(), 1u) << describe(screened);
    EXPECT_EQ(built[0].to_string(), screened[0].to_string());
    EXPECT_TRUE(has_problem(built, file("states.yaml"), {1, 13341}, "too many entries (more than 20000)"));
}

TEST_F(HostilePack, MegabyteLongValueGivesAShortMessage) {
    pack.replace("pack.yaml", "paper: letter", "paper: " + std::string(900 * 1024, 'p'));
    const auto found = problems_in("pack.yaml");
    ASSERT_EQ(found.size(), 1u) << found.size();
    EXPECT_EQ(found[0].message, "'paper' is too long: 921600 characters, where at most 200 fit");
}

TEST_F(HostilePack, MegabyteLongKeyGivesAShortMessage) {
    pack.replace("pack.yaml", "paper: letter", "paper: letter\n? " + std::string(900 * 1024, 'k') + "\n: x");
    const auto found = problems_in("pack.yaml");
    ASSERT_EQ(found.size(), 1u) << found.size();
    EXPECT_LT(found[0].message.size(), 500u);
    EXPECT_EQ(found[0].message.rfind("unknown key 'kkkk", 0), 0u) << found[0].message;
}

TEST_F(HostilePack, ThousandsOfBrokenItemsAreCutToAReadableList) {
    std::string states = "states:\n";
    for (int i = 0; i < 5000; ++i) states += "  - oops\n";
    pack.write("states.yaml", states);
    const auto found = problems_in("states.yaml");
    EXPECT_LE(found.size(), 101u);
    EXPECT_NE(found.back().message.find("more problems in this file were left out"), std::string::npos);
}

// Once 5 seconds per language: each missing key was compared in full with every junk key.
TEST_F(HostilePack, JunkStringsFileOfNineThousandKeysStillGetsItsTypoHints) {
    std::string junk = pack.read("strings/es.yaml");
    junk = junk.substr(0, junk.find("strings:")) + "strings:\n  letter.closin: x\n";
    std::uint32_t seed = 20261125;
    for (int i = 0; i < 9000; ++i) {
        std::string key;
        for (std::size_t length = 10 + i % 20; key.size() < length;) {
            seed = seed * 1664525u + 1013904223u;
            key += "abcdefghijklmnopqrstuvwxyz.-"[(seed >> 24) % 28];
        }
        junk += "  " + key + ": x\n";
    }
    pack.write("strings/es.yaml", junk);
    const Place strings = pack.find("strings/es.yaml", "strings:");
    EXPECT_TRUE(
        has_problem(problems(), file("strings/es.yaml"), strings,
                    "required key 'letter.closing' is missing from 'strings' (is 'letter.closin' a typo of it?)"));
}

// Texts over 65,535 bytes once passed check-content and then stopped the letter with
// "libharu error 0x105B". Every text now has a limit a letter can print.
TEST_F(HostilePack, NameLongerThanANameMayBeIsRefusedWhereItIs) {
    std::string long_name;
    for (int i = 0; i < 201; ++i) long_name += "é";
    const Place name = pack.replace("recipients.yaml", "name: Mike Kehoe", "name: " + long_name);
    EXPECT_TRUE(has_problem(problems(), file("recipients.yaml"), {name.line, name.column + 6},
                            "'name' is too long: 201 characters, where at most 200 fit"));
}

TEST_F(HostilePack, NameOfTwoHundredAccentedLettersIsFine) {
    std::string long_name;
    for (int i = 0; i < 200; ++i) long_name += "é";
    pack.replace("recipients.yaml", "name: Mike Kehoe", "name: " + long_name);
    const auto found = problems();
    EXPECT_TRUE(found.empty()) << describe(found);
}

TEST_F(HostilePack, SeventyKilobytePhraseIsRefused) {
    const Place phrase = pack.replace("reasons.yaml", "phrase: {en: \"who are elderly\"",
                                      "phrase: {en: \"" + std::string(70000, 'x') + "\"");
    const auto found = problems();
    ASSERT_EQ(found.size(), 1u) << describe(found);  // and not also "has no 'en' text"
    EXPECT_TRUE(has_problem(found, file("reasons.yaml"), {phrase.line, phrase.column + 13},
                            "'phrase' in 'en' is too long: 70000 characters, where at most 200 fit"));
}

TEST_F(HostilePack, LongCountyAddressLineScreenTextAndTemplateAreRefused) {
    const std::string line(201, 'x');
    const Place county = pack.replace("states.yaml", "\"Adair County\"", line);
    const Place address = pack.replace("recipients.yaml", "P.O. Box 720", line);
    const Place text =
        pack.replace("strings/es.yaml", "\"Toque aquí para escribir una carta\"", std::string(1001, 'x'));
    pack.write("templates/governor.en.mustache", std::string(20001, 'x'));
    const auto found = problems();
    EXPECT_TRUE(has_problem(found, file("states.yaml"), county,
                            "an item of 'counties' is too long: 201 characters, where at most 200 fit"));
    EXPECT_TRUE(has_problem(found, file("recipients.yaml"), address, "an item of 'address' is too long"));
    EXPECT_TRUE(has_problem(found, file("strings/es.yaml"), text,
                            "'ui.welcome.tap' is too long: 1001 characters, where at most 1000 fit"));
    EXPECT_TRUE(has_problem(found, file("templates/governor.en.mustache"), {0, 0},
                            "the letter template is too long: 20001 characters, where at most 20000 fit"));
}

TEST_F(HostilePack, FolderWhereAFileShouldBe) {
    pack.remove("reasons.yaml");
    std::filesystem::create_directory(pack.root() / "reasons.yaml");
    EXPECT_TRUE(has_problem(problems(), file("reasons.yaml"), {0, 0}, "is a folder, but a file was expected here"));
}

TEST_F(HostilePack, NamedPipeIsRefusedWithoutWaitingOnIt) {
    pack.remove("reasons.yaml");
    ASSERT_EQ(mkfifo((pack.root() / "reasons.yaml").c_str(), 0600), 0);
    EXPECT_TRUE(has_problem(problems(), file("reasons.yaml"), {0, 0}, "is not a regular file"));
}

TEST_F(HostilePack, UnreadableFileIsReported) {
    namespace fs = std::filesystem;
    fs::permissions(pack.root() / "reasons.yaml", fs::perms::none);
    const auto reported = [&] {
        return has_problem(problems(), file("reasons.yaml"), {0, 0}, "cannot be read: Permission denied");
    };
    if (geteuid() != 0) {
        EXPECT_TRUE(reported());
        return;
    }
    // Root reads any file, so the check runs in a child that has become "nobody".
    fs::permissions(pack.root().parent_path(), fs::perms::others_read | fs::perms::others_exec, fs::perm_options::add);
    const pid_t child = fork();
    ASSERT_NE(child, -1);
    if (child == 0) {
        const bool as_nobody = setgid(65534) == 0 && setuid(65534) == 0;
        _exit(as_nobody && reported() ? 0 : 1);
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "not reported as unreadable";
}

TEST_F(HostilePack, EmptyFile) {
    pack.write("reasons.yaml", "# nothing here yet\n");
    EXPECT_TRUE(has_problem(problems(), file("reasons.yaml"), {0, 0}, "the file is empty"));
}

TEST_F(HostilePack, FileThatIsOneWordNotKeysAndValues) {
    pack.write("strings/es.yaml", "hola\n");
    EXPECT_TRUE(has_problem(problems(), file("strings/es.yaml"), {1, 1}, "expected 'key: value' lines"));
}

TEST_F(HostilePack, SecondYamlDocument) {
    pack.write("reasons.yaml", pack.read("reasons.yaml") + "---\ngrounds: []\n");
    const auto found = problems_in("reasons.yaml");
    EXPECT_NE(found[0].message.find("a second YAML document"), std::string::npos) << describe(found);
}

TEST_F(HostilePack, TemplatesFolderWithThousandsOfFiles) {
    for (int i = 0; i < 1001; ++i) pack.write("templates/x" + std::to_string(i) + ".en.mustache", "x");
    EXPECT_TRUE(has_problem(problems(), file("templates"), {0, 0}, "has more than 1000 files"));
}

TEST_F(HostilePack, BinaryTemplate) {
    pack.write("templates/governor.en.mustache", std::string("\x89PNG\r\n\x1a\n\0\0\0", 11));
    EXPECT_TRUE(has_problem(problems(), file("templates/governor.en.mustache"), {1, 1}, "not valid UTF-8"));
}

TEST_F(HostilePack, MacOsSidecarFilesAreIgnored) {
    pack.write("strings/._es.yaml", std::string("\0\x05\x16\x07\0\x02\0\0Mac OS X", 16));
    pack.write("templates/._governor.en.mustache", std::string("\0\x05\x16\x07", 4));
    const auto found = problems();
    EXPECT_TRUE(found.empty()) << describe(found);
}

TEST(PackFolder, ThatIsAFile) {
    PackCopy pack;
    const auto found = problems_of(pack.root() / "pack.yaml");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].file, pack.path_of("pack.yaml"));
    EXPECT_NE(found[0].message.find("is not a folder"), std::string::npos);
}

TEST(PackFolder, ThatDoesNotExist) {
    const auto found = problems_of("/nonexistent/pack");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].to_string(), "/nonexistent/pack: no such folder");
}

TEST(PackFolder, ThatIsEmpty) {
    PackCopy pack;
    for (const auto& entry : std::filesystem::directory_iterator(pack.root())) std::filesystem::remove_all(entry);
    const auto found = problems_of(pack.root());
    EXPECT_TRUE(has_problem(found, pack.path_of("pack.yaml"), {0, 0}, "file missing"));
    EXPECT_TRUE(has_problem(found, pack.path_of("recipients.yaml"), {0, 0}, "file missing"));
    EXPECT_TRUE(has_problem(found, pack.path_of("templates"), {0, 0}, "folder missing"));
    EXPECT_TRUE(has_problem(found, pack.path_of("strings"), {0, 0}, "folder missing"));
    EXPECT_EQ(found.size(), 6u) << describe(found);  // one per missing file or folder, nothing more
}

}  // namespace
}  // namespace kiosk::content
